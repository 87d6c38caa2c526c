// `npm start`: install if needed, build H5 if stale, then serve the app over the local runtime
// (seeded with the Liuzhou demo data on first run) and print the URL.
import { ensureBuilt, ensureInstalled, run } from './lib/ensure.mjs'

ensureInstalled()
ensureBuilt('h5')
run(`npx tsx local/main.ts ${process.argv.slice(2).join(' ')}`)
