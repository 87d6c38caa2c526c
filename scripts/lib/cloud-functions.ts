/**
 * The cloud functions of cloudfunctions/<name>/ and how each is bundled: src/index.ts into
 * index.js (a deployed function can only require files inside its own folder, so shared code from
 * src/domain and types is bundled in; wx-server-sdk stays external, installed in the cloud from the
 * function's package.json).
 */
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { BuildOptions } from 'esbuild'

export const FUNCTIONS_DIR = join(__dirname, '..', '..', 'cloudfunctions')

/** Names of the functions that have a src/index.ts. */
export function functionNames(): string[] {
  return readdirSync(FUNCTIONS_DIR)
    .filter((n) => existsSync(join(FUNCTIONS_DIR, n, 'src', 'index.ts')))
    .sort()
}

/** esbuild options that bundle function `name` (to `outfile`, or in memory with write: false). */
export function bundleOptions(name: string): BuildOptions {
  return {
    entryPoints: [join(FUNCTIONS_DIR, name, 'src', 'index.ts')],
    outfile: join(FUNCTIONS_DIR, name, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    sourcemap: false,
    minify: false,
    legalComments: 'none',
    logLevel: 'warning',
  }
}

/** A function's config.json, as WeChat reads it. */
export interface FunctionConfig {
  timeout?: number
  memorySize?: number
  envVariables?: Record<string, string>
  permissions?: { openapi?: string[] }
  triggers?: { name: string; type: string; config: string }[]
}
