/**
 * `npm run deploy`: builds and checks everything, then deploys the cloud functions with their
 * trigger (CloudBase CLI `tcb`, from cloudbaserc.json) and uploads the weapp (miniprogram-ci).
 * `npm run deploy -- --dry-run` does every build and check offline and prints what it would send;
 * `--preview` makes a preview QR code instead of uploading a version.
 *
 * From the environment: WECHAT_APPID, WECHAT_UPLOAD_KEY (path of the upload private key from
 * mp.weixin.qq.com), TCB_ENV_ID (the cloud environment), TCB_SECRET_ID / TCB_SECRET_KEY (a
 * Tencent Cloud API key for tcb), ID_NUMBER_KEY and CHECKIN_SECRET (set on the api function).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'
import type * as MiniprogramCi from 'miniprogram-ci'
import { COLLECTIONS } from '../src/domain/collections'
import { secretProblems } from '../cloudfunctions/api/src/secrets'
import {
  bundleOptions,
  functionNames,
  FUNCTIONS_DIR,
  type FunctionConfig,
} from './lib/cloud-functions'
import { configProblems } from './lib/cloud-rules'
import { compileBuild, filesWith } from './lib/wechat-compilers'
import { validateConfigs } from './lib/wechat-schemas'

const root = join(__dirname, '..')
const dryRun = process.argv.includes('--dry-run')
const preview = process.argv.includes('--preview')
const weapp = join(root, 'dist', 'weapp')

const REQUIRED = [
  'WECHAT_APPID',
  'WECHAT_UPLOAD_KEY',
  'TCB_ENV_ID',
  'TCB_SECRET_ID',
  'TCB_SECRET_KEY',
  'ID_NUMBER_KEY',
  'CHECKIN_SECRET',
] as const

const problems: string[] = []
const step = (text: string) => console.log(`\n== ${text}`)
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  console.log(`> ${cmd} ${args.join(' ')}`)
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env })
}

interface RcFunction extends FunctionConfig {
  name: string
  handler: string
  envVariables?: Record<string, string>
}

/** cloudbaserc.json must deploy each function as its config.json says (no second truth). */
function checkCloudbaserc(): RcFunction[] {
  const rc = readJson<{ envId: string; functions: RcFunction[] }>(join(root, 'cloudbaserc.json'))
  if (rc.envId !== '{{env.TCB_ENV_ID}}')
    problems.push('cloudbaserc.json: envId must be {{env.TCB_ENV_ID}}')
  const names = rc.functions.map((f) => f.name).sort()
  if (names.join() !== functionNames().join())
    problems.push(`cloudbaserc.json lists ${names.join(', ')}, not ${functionNames().join(', ')}`)
  for (const fn of rc.functions) {
    const config = readJson<FunctionConfig>(join(FUNCTIONS_DIR, fn.name, 'config.json'))
    for (const key of ['timeout', 'memorySize', 'triggers'] as const) {
      if (JSON.stringify(fn[key] ?? null) !== JSON.stringify(config[key] ?? null))
        problems.push(`cloudbaserc.json ${fn.name}.${key} differs from its config.json`)
    }
  }
  const api = rc.functions.find((f) => f.name === 'api')
  for (const name of ['ID_NUMBER_KEY', 'CHECKIN_SECRET'])
    if (api?.envVariables?.[name] !== `{{env.${name}}}`)
      problems.push(`cloudbaserc.json: api must take ${name} from the deployer's environment`)
  return rc.functions
}

/** Every collection has its indexes entry and a rule that denies clients (the app uses `api`). */
function checkDatabase() {
  const indexes = readJson<Record<string, unknown>>(join(root, 'database', 'indexes.json'))
  const rules = readJson<Record<string, { read: unknown; write: unknown }>>(
    join(root, 'database', 'rules.json'),
  )
  for (const name of Object.values(COLLECTIONS)) {
    if (!(name in indexes)) problems.push(`database/indexes.json: no entry for ${name}`)
    const rule = rules[name]
    if (!rule) problems.push(`database/rules.json: no rule for ${name}`)
    else if (rule.read !== false || rule.write !== false)
      problems.push(`database/rules.json: ${name} must deny client reads and writes`)
  }
}

async function main() {
  const missing = REQUIRED.filter((name) => !process.env[name])
  if (missing.length && !dryRun) {
    console.error(`deploy: set ${missing.join(', ')} (see README, "Deploy")`)
    process.exit(1)
  }
  const secrets = secretProblems(process.env)
  if (!dryRun && secrets.length) problems.push(...secrets)

  step('build: production weapp and cloud function bundles')
  run('npm', ['run', 'build:weapp'])
  run('npm', ['run', 'build:cloud'])

  step("check: WeChat's compilers and schemas, cloud function rules, cloudbaserc.json, database")
  problems.push(
    ...compileBuild(weapp),
    ...validateConfigs(weapp, join(root, 'project.config.json')),
  )
  for (const name of functionNames()) {
    const bundle = readFileSync(join(FUNCTIONS_DIR, name, 'index.js'), 'utf8')
    const again = await build({ ...bundleOptions(name), write: false, logLevel: 'silent' })
    if (again.outputFiles[0].text !== bundle)
      problems.push(`cloudfunctions/${name}/index.js is stale`)
    const config = readJson<FunctionConfig>(join(FUNCTIONS_DIR, name, 'config.json'))
    problems.push(...configProblems(name, config, bundle))
  }
  const rcFunctions = checkCloudbaserc()
  checkDatabase()
  if (problems.length) {
    console.error(`\ndeploy: not deploying:\n${problems.join('\n')}`)
    process.exit(1)
  }

  const envId = process.env.TCB_ENV_ID ?? '<TCB_ENV_ID>'
  const appid = process.env.WECHAT_APPID ?? '<WECHAT_APPID>'
  const files = filesWith(weapp, '')
  step(`what would be sent to ${envId} and the mini-program ${appid}`)
  for (const fn of rcFunctions) {
    const shipped = ['index.js', 'package.json', 'config.json'].filter((f) =>
      existsSync(join(FUNCTIONS_DIR, fn.name, f)),
    )
    console.log(
      `function ${fn.name}: ${shipped.join(', ')}; triggers: ${(fn.triggers ?? []).map((t) => `${t.name} ${t.config}`).join('; ') || 'none'}`,
    )
  }
  console.log(`weapp: ${files.length} files from dist/weapp (${preview ? 'preview' : 'upload'})`)
  console.log(
    'database: indexes from database/indexes.json, rules from database/rules.json (console, see README)',
  )

  if (dryRun) {
    if (missing.length) console.log(`(dry run; a real deploy also needs ${missing.join(', ')})`)
    console.log('\ndeploy --dry-run: everything builds and passes the checks; nothing was sent')
    return
  }

  step('cloud functions and trigger (tcb)')
  const tcb = join(root, 'node_modules', '.bin', 'tcb')
  run(tcb, [
    'login',
    '--apiKeyId',
    process.env.TCB_SECRET_ID!,
    '--apiKey',
    process.env.TCB_SECRET_KEY!,
  ])
  for (const fn of rcFunctions) {
    run(tcb, ['fn', 'deploy', fn.name, '-e', envId, '--force', '--yes'])
    if (fn.triggers?.length) run(tcb, ['fn', 'trigger', 'create', fn.name, '-e', envId, '--yes'])
  }

  step(`mini-program ${preview ? 'preview' : 'upload'} (miniprogram-ci)`)
  // Loaded only here: the package starts its services (and logs) as it loads.
  const ci = require('miniprogram-ci') as typeof MiniprogramCi
  const project = new ci.Project({
    appid,
    type: 'miniProgram',
    projectPath: weapp,
    privateKeyPath: process.env.WECHAT_UPLOAD_KEY!,
  })
  const version =
    process.env.WECHAT_VERSION ?? readJson<{ version: string }>(join(root, 'package.json')).version
  const desc = execFileSync('git', ['log', '-1', '--format=%h %s'], { cwd: root }).toString().trim()
  const setting = { es6: false, minify: false }
  if (preview) await ci.preview({ project, version, desc, setting, qrcodeFormat: 'terminal' })
  else await ci.upload({ project, version, desc, setting })
  console.log('\ndeploy: done. Collections, indexes and rules: see README (once per environment).')
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
