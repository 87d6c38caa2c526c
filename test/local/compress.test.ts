/**
 * The local server sends the H5 build compressed (brotli or gzip, as the browser accepts) and lets
 * the browser keep hashed files for a year, so a weak phone downloads the app once and small.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { createRuntime, type LocalRuntime } from '../../local/cloud'
import { startServer, type LocalServer } from '../../local/server'
import { ensureBrands } from './fixtures/brands'

let runtime: LocalRuntime
let server: LocalServer
let staticDir: string
const APP_JS = `${'const brand = "八桂米粉师傅（柳州螺蛳粉师傅）";\n'.repeat(400)}`

interface Raw {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** A plain HTTP request that does not decode the answer, to see the bytes on the wire. */
function get(path: string, encoding?: string, method = 'GET', body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const url = new URL(path, server.url)
    const req = request(
      url,
      {
        method,
        headers: {
          ...(encoding ? { 'accept-encoding': encoding } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

beforeAll(async () => {
  staticDir = mkdtempSync(join(tmpdir(), 'liuzhou-h5-'))
  mkdirSync(join(staticDir, 'js'))
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>柳州劳务品牌</title>')
  writeFileSync(join(staticDir, 'js', 'app.6bbb640a.js'), APP_JS)
  writeFileSync(join(staticDir, 'logo.png'), Buffer.alloc(2048, 7))
  runtime = await createRuntime()
  ensureBrands(runtime)
  server = await startServer({ port: 0, host: '127.0.0.1', runtime, staticDir })
})

afterAll(async () => {
  await server.close()
  runtime.close()
  rmSync(staticDir, { recursive: true, force: true })
})

describe('compression and caching of the H5 build', () => {
  it('sends brotli to a browser that accepts it, and the bytes decode to the file', async () => {
    const res = await get('/js/app.6bbb640a.js', 'gzip, deflate, br')
    expect(res.headers['content-encoding']).toBe('br')
    expect(brotliDecompressSync(res.body).toString()).toBe(APP_JS)
    expect(res.body.length).toBeLessThan(Buffer.byteLength(APP_JS) / 10)
    expect(Number(res.headers['content-length'])).toBe(res.body.length)
    expect(res.headers.vary).toMatch(/accept-encoding/)
  })

  it('sends gzip when brotli is not accepted, and the file as it is when nothing is', async () => {
    const gz = await get('/js/app.6bbb640a.js', 'gzip')
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gz.body).toString()).toBe(APP_JS)

    const refused = await get('/js/app.6bbb640a.js', 'br;q=0, gzip;q=0')
    expect(refused.headers['content-encoding']).toBeUndefined()
    expect(refused.body.toString()).toBe(APP_JS)

    const plain = await get('/js/app.6bbb640a.js')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.toString()).toBe(APP_JS)
  })

  it('keeps hashed files for a year and checks the page itself on every load', async () => {
    const js = await get('/js/app.6bbb640a.js', 'br')
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    const page = await get('/', 'br')
    expect(page.headers['cache-control']).toBe('no-cache')
    expect(brotliDecompressSync(page.body).toString()).toContain('柳州劳务品牌')
  })

  it('does not compress a picture again', async () => {
    const png = await get('/logo.png', 'br, gzip')
    expect(png.headers['content-encoding']).toBeUndefined()
    expect(png.body.length).toBe(2048)
  })

  it('compresses a large function answer, and leaves a small one alone', async () => {
    const large = await get(
      '/fn/api',
      'gzip, br',
      'POST',
      JSON.stringify({ route: 'catalog/brands', input: {} }),
    )
    expect(large.headers['content-encoding']).toBe('gzip')
    const answer = JSON.parse(gunzipSync(large.body).toString())
    expect(answer.ok).toBe(true)
    expect(answer.data).toHaveLength(4)

    const small = await get('/fn/api', 'gzip, br', 'POST', '{"route":1}')
    expect(small.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(small.body.toString()).ok).toBe(false)
  })
})
