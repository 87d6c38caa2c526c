// Helpers for `npm start` and `npm test`: install what is missing, rebuild what is stale.
// Plain Node (no dependencies), because it runs before the install on a fresh clone.
import { createHash } from 'node:crypto'
import { execSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const root = new URL('../..', import.meta.url).pathname

export function run(cmd, env = {}) {
  console.log(`\n> ${cmd}`)
  execSync(cmd, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
}

/** Installs the locked packages when node_modules is missing or older than the lock file. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules', '.package-lock.json')
  const lock = join(root, 'package-lock.json')
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return
  // Not `npm ci`: it refuses this lock (see .ci/run); `npm install` keeps the locked versions.
  run('npm install --no-audit --no-fund')
}

function hashTree(hash, path) {
  if (!existsSync(path)) return
  const stat = statSync(path)
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name))
  } else {
    hash.update(path.slice(root.length))
    hash.update(readFileSync(path))
  }
}

/** Fingerprint of everything a client build reads. */
function clientFingerprint() {
  const hash = createHash('sha256')
  for (const p of [
    'src',
    'types',
    'config',
    'babel.config.js',
    'package-lock.json',
    'project.config.json',
  ]) {
    hashTree(hash, join(root, p))
  }
  for (const f of readdirSync(root).filter((n) => n.startsWith('.env')))
    hashTree(hash, join(root, f))
  return hash.digest('hex')
}

/** Builds `dist/<platform>` (production) unless a build of the same sources is already there. */
export function ensureBuilt(platform) {
  const stamp = join(root, 'dist', `.${platform}-build`)
  const fingerprint = clientFingerprint()
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
    console.log(`dist/${platform} is up to date`)
    return
  }
  run(`npm run build:${platform}`, { NODE_ENV: 'production' })
  writeFileSync(stamp, fingerprint)
}
