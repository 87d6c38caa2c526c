/**
 * Bundles each cloud function (cloudfunctions/<name>/src/index.ts) into cloudfunctions/<name>/index.js,
 * the deploy entry. A deployed function can only require files inside its own folder, so shared code
 * (src/domain, types) is bundled in; wx-server-sdk stays external (installed in the cloud from the
 * function's package.json).
 */
import { readdirSync, existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'esbuild'

const root = join(__dirname, '..')
const functionsDir = join(root, 'cloudfunctions')

async function main() {
  const names = readdirSync(functionsDir).filter((n) =>
    existsSync(join(functionsDir, n, 'src', 'index.ts')),
  )
  for (const name of names) {
    const outfile = join(functionsDir, name, 'index.js')
    await build({
      entryPoints: [join(functionsDir, name, 'src', 'index.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      external: ['wx-server-sdk'],
      sourcemap: false,
      minify: false,
      legalComments: 'none',
      logLevel: 'warning',
    })
    console.log(`cloudfunctions/${name}/index.js  ${(statSync(outfile).size / 1024).toFixed(1)} KB`)
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
