/**
 * Size report of the production weapp build: the main package (everything outside sub-package
 * roots) and each sub-package, in KB as WeChat counts them. Exits 1 when over budget.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

const MAIN_BUDGET_KB = 600
const SUB_BUDGET_KB = 2048
const root = join(__dirname, '..', 'dist', 'weapp')

function fail(message: string): never {
  console.error(`size: ${message}`)
  process.exit(1)
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

if (!existsSync(join(root, 'app.json'))) {
  fail('dist/weapp/app.json not found. Run `npm run build:weapp` first.')
}

const files = filesUnder(root).map((path) => relative(root, path).split(sep).join('/'))

// Watch/dev builds carry source maps and unminified bundles, about three times larger.
const taroJs = join(root, 'taro.js')
const unminified = existsSync(taroJs) && readFileSync(taroJs, 'utf8').split('\n').length > 50
if (files.some((f) => f.endsWith('.map')) || unminified) {
  fail(
    'dist/weapp is not a production build (source maps or unminified code). Run `npm run build:weapp`.',
  )
}

const app = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8')) as {
  subPackages?: { root: string }[]
  subpackages?: { root: string }[]
}
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/?$/, '/'))

const counted = files.filter((f) => f !== 'project.config.json' && !f.endsWith('.map'))
const bytesOf = (list: string[]) => list.reduce((sum, f) => sum + statSync(join(root, f)).size, 0)
const kb = (bytes: number) => bytes / 1024

const main = counted.filter((f) => !subRoots.some((r) => f.startsWith(r)))
const rows: { name: string; size: number; budget: number }[] = [
  { name: 'main package', size: kb(bytesOf(main)), budget: MAIN_BUDGET_KB },
  ...subRoots.map((r) => ({
    name: `sub-package ${r}`,
    size: kb(bytesOf(counted.filter((f) => f.startsWith(r)))),
    budget: SUB_BUDGET_KB,
  })),
]

let over = false
for (const row of rows) {
  const flag = row.size > row.budget ? '  OVER BUDGET' : ''
  if (flag) over = true
  console.log(
    `${row.name.padEnd(40)} ${row.size.toFixed(1).padStart(8)} KB / ${row.budget} KB${flag}`,
  )
}
const total = kb(bytesOf(counted))
console.log(`${'total'.padEnd(40)} ${total.toFixed(1).padStart(8)} KB`)
if (over) process.exit(1)
