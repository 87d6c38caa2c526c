import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { createRuntime } from '../../local/cloud'

const ROOT = resolve(__dirname, '../..')
const WRITER = join(__dirname, 'fixtures', 'durable-writer.ts')

/** Starts the writer, waits until it acknowledged `atLeast` writes, kills it with SIGKILL mid-stream. */
function writeThenKill(file: string, atLeast: number): Promise<number> {
  return new Promise((resolveKill, reject) => {
    const child = spawn(
      process.execPath,
      ['--no-experimental-require-module', '--import', 'tsx', WRITER, file],
      { cwd: ROOT },
    )
    let acked = 0
    let buffer = ''
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.on('data', (chunk) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        const m = /^ACK (\d+)$/.exec(line)
        if (m) acked = Number(m[1])
      }
      if (acked >= atLeast && !child.killed) child.kill('SIGKILL')
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolveKill(acked)
      else reject(new Error(`writer exited with ${code}: ${stderr}`))
    })
  })
}

describe('durability', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'liuzhou-durable-'))
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('keeps every acknowledged write after kill -9 and a restart', async () => {
    const file = join(dir, 'store.sqlite')
    const acked = await writeThenKill(file, 25)
    expect(acked).toBeGreaterThanOrEqual(25)

    const runtime = await createRuntime({ file })
    try {
      const docs = runtime.store.all('durability')
      const written = new Set(docs.filter((d) => d._id !== 'counter').map((d) => d.n))
      for (let n = 1; n <= acked; n += 1) expect(written.has(n)).toBe(true)
      const counter = docs.find((d) => d._id === 'counter') as unknown as { n: number }
      expect(counter.n).toBeGreaterThanOrEqual(acked)
      const last = docs.find((d) => d._id === `w${acked}`) as unknown as { at: Date }
      expect(last.at).toBeInstanceOf(Date)
    } finally {
      runtime.close()
    }
  }, 60_000)
})
