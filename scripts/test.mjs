// `npm test`: every test. The simulate tests need the production weapp build and the end-to-end
// tests the H5 build, so both are (re)built first when their sources changed.
import { ensureBuilt, ensureInstalled, run } from './lib/ensure.mjs'

ensureInstalled()
ensureBuilt('weapp')
ensureBuilt('h5')
run(`npx jest ${process.argv.slice(2).join(' ')}`)
