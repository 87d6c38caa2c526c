/**
 * WeChat's own compilers (wcc, wcsc) and JSON schemas over the production weapp build, as DevTools
 * runs them: the real build passes, and a deliberately bad template, style or page config fails
 * with WeChat's own message (through `npm run check:weapp`, the step CI runs).
 */
import { spawnSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { compileWxml, compileWxss } from '../../scripts/lib/wechat-compilers'
import { validateConfigs } from '../../scripts/lib/wechat-schemas'

const repo = join(__dirname, '..', '..')
const build = join(repo, 'dist', 'weapp')
const projectConfig = join(repo, 'project.config.json')

/** A copy of the real build to break. */
function copyOfBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'weapp-'))
  cpSync(build, dir, { recursive: true })
  return dir
}

function checkWeapp(dir: string) {
  const run = spawnSync('npx', ['tsx', 'scripts/wechat-compile.ts', dir], {
    cwd: repo,
    encoding: 'utf8',
  })
  return { status: run.status, stderr: run.stderr, stdout: run.stdout }
}

jest.setTimeout(120_000)

const copies: string[] = []
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const broken = () => {
  const dir = copyOfBuild()
  copies.push(dir)
  return dir
}

beforeAll(() => {
  if (!existsSync(join(build, 'app.json')))
    throw new Error('dist/weapp is missing: run `npm run build:weapp` (npm test builds it)')
})

test('the real production build passes wcc, wcsc and the schemas', () => {
  expect(compileWxml(build)).toBeNull()
  expect(compileWxss(build)).toBeNull()
  expect(validateConfigs(build, projectConfig)).toEqual([])
  const run = checkWeapp(build)
  expect(run.stderr).not.toContain('refuses')
  expect(run.status).toBe(0)
})

test('a universal selector in one page stops wcsc, named by file, line and column', () => {
  const dir = broken()
  appendFileSync(join(dir, 'pages/jobs/index.wxss'), '\n.filter-bar__choices > * { flex: 1; }\n')
  expect(compileWxss(dir)).toMatch(/pages\/jobs\/index\.wxss\(\d+:\d+\): error at token `\*`/)
  // The templates of that copy are still fine: the failure is the style compiler's own.
  expect(compileWxml(dir)).toBeNull()

  const run = checkWeapp(dir)
  expect(run.status).toBe(1)
  expect(run.stderr).toMatch(/wcsc: ERR: pages\/jobs\/index\.wxss\(\d+:\d+\): error at token `\*`/)
})

test('an unclosed tag stops wcc with its end-tag message', () => {
  const dir = broken()
  appendFileSync(join(dir, 'pages/me/index.wxml'), '\n<view class="x"><text>坏</view>\n')
  expect(compileWxml(dir)).toMatch(/pages\/me\/index\.wxml:\d+:\d+: expect end-tag `text`/)

  const run = checkWeapp(dir)
  expect(run.status).toBe(1)
  expect(run.stderr).toContain('wcc: pages/me/index.wxml')
})

test('a page config WeChat does not accept fails the schema check, naming page and option', () => {
  const dir = broken()
  writeFileSync(
    join(dir, 'packages/jobs/job/index.json'),
    JSON.stringify({ navigationBarTitleText: '岗位详情', enablePullDownRefresh: 'yes' }),
  )
  writeFileSync(join(dir, 'sitemap.json'), JSON.stringify({ rules: [{ action: 'open' }] }))
  const errors = validateConfigs(dir, projectConfig)
  expect(errors).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^packages\/jobs\/job\/index\.json: enablePullDownRefresh type/),
      expect.stringMatching(/^sitemap\.json: /),
    ]),
  )
})
