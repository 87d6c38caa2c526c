/**
 * WeChat's own template and style compilers (wcc, wcsc from the npm package miniprogram-compiler),
 * run over a whole weapp build as DevTools runs them: every file in one call, from the build's root.
 * Each answers WeChat's own error text, or null when the compiler accepts the build.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'

const BIN = join(dirname(require.resolve('miniprogram-compiler/package.json')), 'bin', 'linux')

/** The binary, with the run bit the npm tarball does not keep. */
function binary(name: 'wcc' | 'wcsc'): string {
  const path = join(BIN, name)
  if (process.platform !== 'linux') throw new Error(`${name}: only the Linux binaries are wired up`)
  if ((statSync(path).mode & 0o111) === 0) chmodSync(path, 0o755)
  return path
}

/** Files under `root` ending in `ext`, as posix paths relative to it, in a stable order. */
export function filesWith(root: string, ext: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path)
        return entry.name.endsWith(ext) ? [relative(root, path).split(sep).join('/')] : []
      })
  return walk(root)
}

function run(name: 'wcc' | 'wcsc', root: string, args: string[]): string | null {
  const result = spawnSync(binary(name), args, { cwd: root, maxBuffer: 64 * 1024 * 1024 })
  if (result.error) throw result.error
  if (result.status === 0) return null
  const text = `${result.stderr.toString()}\n${result.stdout.toString()}`.trim()
  return `${name}: ${text || `exit ${result.status}`}`
}

/** wcsc over every .wxss: `wcsc -db -pc 0 <files…>`. */
export function compileWxss(root: string): string | null {
  const files = filesWith(root, '.wxss')
  return files.length ? run('wcsc', root, ['-db', '-pc', '0', ...files]) : null
}

function usingComponents(root: string, wxml: string): string[] {
  const json = join(root, wxml.replace(/\.wxml$/, '.json'))
  if (!existsSync(json)) return []
  const config = JSON.parse(readFileSync(json, 'utf8')) as { usingComponents?: object }
  return Object.keys(config.usingComponents ?? {})
}

/**
 * wcc over every .wxml and .wxs: `wcc -d -cc "<components>" <files…> -gn $gwx`, where the
 * components argument lists, per template with `usingComponents`, its path and the tags it uses.
 */
export function compileWxml(root: string): string | null {
  const templates = filesWith(root, '.wxml')
  if (!templates.length) return null
  const withComponents = templates
    .map((file) => ({ file, tags: usingComponents(root, file) }))
    .filter((t) => t.tags.length)
  const components = [
    withComponents.length,
    ...withComponents.flatMap((t) => [t.file, t.tags.length, ...t.tags]),
  ].join(' ')
  const scripts = filesWith(root, '.wxs')
  return run('wcc', root, ['-d', '-cc', components, ...templates, ...scripts, '-gn', '$gwx'])
}

/** Both compilers; the messages of those that refuse. */
export function compileBuild(root: string): string[] {
  return [compileWxml(root), compileWxss(root)].filter((m): m is string => m !== null)
}
