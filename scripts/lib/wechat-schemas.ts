/**
 * WeChat's own JSON schemas (miniprogram-ci's offline `schemaValidate`) over a weapp build's
 * app.json, every page config, the sitemap and the project config DevTools imports. Unknown keys
 * count as errors too: WeChat ignores them, so a misspelt option would silently do nothing.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

type SchemaName = 'app' | 'page' | 'projectconfig' | 'sitemap'
interface SchemaError {
  errorType: string
  errorProperty: string
  correctType?: string[]
  requireProperty?: string
}
interface SchemaAnswer {
  warning: string
  error: SchemaError[]
}

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
  sitemapLocation?: string
}

function schemaValidate(name: SchemaName, json: unknown): SchemaAnswer {
  // Loaded on first use: the package logs a line and takes a moment to start.
  const ci = require('miniprogram-ci') as {
    schemaValidate(n: SchemaName, j: unknown): SchemaAnswer
  }
  return ci.schemaValidate(name, json)
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'))
}

function describe(file: string, answer: SchemaAnswer): string[] {
  const errors = answer.error.map(
    (e) =>
      `${file}: ${e.errorProperty || e.requireProperty || ''} ${e.errorType}` +
      (e.correctType ? ` (expected ${e.correctType.join(' | ')})` : ''),
  )
  return answer.warning ? [...errors, `${file}: unknown keys ${answer.warning}`] : errors
}

/** Every page of app.json, main package and sub-packages. */
export function pagesOf(app: AppJson): string[] {
  return [
    ...app.pages,
    ...(app.subPackages ?? []).flatMap((sub) => sub.pages.map((p) => `${sub.root}/${p}`)),
  ]
}

/** Schema errors of the build in `root` and of `projectConfig`; empty when WeChat accepts them. */
export function validateConfigs(root: string, projectConfig: string): string[] {
  const appFile = join(root, 'app.json')
  const app = readJson(appFile) as AppJson
  const out = describe('app.json', schemaValidate('app', app))
  for (const page of pagesOf(app)) {
    const file = `${page}.json`
    if (!existsSync(join(root, file))) out.push(`${file}: missing`)
    else out.push(...describe(file, schemaValidate('page', readJson(join(root, file)))))
  }
  if (app.sitemapLocation) {
    const file = app.sitemapLocation
    if (!existsSync(join(root, file))) out.push(`${file}: missing`)
    else out.push(...describe(file, schemaValidate('sitemap', readJson(join(root, file)))))
  }
  out.push(...describe(projectConfig, schemaValidate('projectconfig', readJson(projectConfig))))
  return out
}
