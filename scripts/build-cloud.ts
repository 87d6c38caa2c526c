/**
 * Bundles each cloud function (cloudfunctions/<name>/src/index.ts) into cloudfunctions/<name>/index.js,
 * the deploy entry (see scripts/lib/cloud-functions.ts for what is bundled and what stays external).
 */
import { statSync } from 'node:fs'
import { build } from 'esbuild'
import { bundleOptions, functionNames } from './lib/cloud-functions'

async function main() {
  for (const name of functionNames()) {
    const options = bundleOptions(name)
    await build(options)
    const outfile = options.outfile as string
    console.log(`cloudfunctions/${name}/index.js  ${(statSync(outfile).size / 1024).toFixed(1)} KB`)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
