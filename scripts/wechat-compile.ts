/**
 * `npm run check:weapp [dir]`: what WeChat DevTools checks before it runs the app. wcc over every
 * .wxml, wcsc over every .wxss of the production build (dist/weapp), and WeChat's JSON schemas over
 * app.json, the page configs, the sitemap and project.config.json. Exits 1 with WeChat's messages.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { compileBuild } from './lib/wechat-compilers'
import { validateConfigs } from './lib/wechat-schemas'

const repo = resolve(__dirname, '..')
const dir = resolve(process.argv[2] ?? join(repo, 'dist', 'weapp'))

if (!existsSync(join(dir, 'app.json'))) {
  console.error(`check:weapp: ${dir}/app.json not found. Run \`npm run build:weapp\` first.`)
  process.exit(1)
}
const failures = [...compileBuild(dir), ...validateConfigs(dir, join(repo, 'project.config.json'))]
if (failures.length) {
  console.error(`check:weapp: WeChat refuses ${dir}:\n${failures.join('\n')}`)
  process.exit(1)
}
console.log(`check:weapp: wcc, wcsc and WeChat's JSON schemas accept ${dir}`)
