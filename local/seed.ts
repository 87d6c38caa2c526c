import { encryptIdNumber } from '../cloudfunctions/api/src/crypto'
import { idNumberKey } from '../cloudfunctions/api/src/secrets'
import type { LocalRuntime } from './cloud'

/** The demo data: collection name → documents, each with its `_id`. */
export type SeedData = Record<string, Array<Record<string, unknown>>>

type BuildSeed = (
  now?: Date,
  options?: { encryptIdNumber?: (idNumber: string) => string },
) => SeedData

const SEED_MODULE = '../database/seed'

/** `buildSeed` from database/seed, or null while that module does not exist yet. */
function loadBuildSeed(): BuildSeed | null {
  try {
    return (require(SEED_MODULE) as { buildSeed: BuildSeed }).buildSeed
  } catch (err) {
    const e = err as { code?: string; message?: string }
    if (e.code === 'MODULE_NOT_FOUND' && e.message?.includes(`'${SEED_MODULE}'`)) return null
    throw err
  }
}

/** Whether database/seed provides `buildSeed`. */
export function seedAvailable(): boolean {
  return loadBuildSeed() !== null
}

function insertSeed(runtime: LocalRuntime, replace: boolean): void {
  const buildSeed = loadBuildSeed()
  if (!buildSeed) throw new Error('database/seed/index.ts does not export buildSeed yet')
  // Encrypted with the api function's own key, so demo people see their full ID number.
  const key = idNumberKey(runtime.environment)
  const data = buildSeed(new Date(), { encryptIdNumber: (id) => encryptIdNumber(id, key) })
  runtime.store.batch(() => {
    if (replace) runtime.store.clear()
    for (const [collection, docs] of Object.entries(data))
      runtime.store.insertMany(collection, docs)
  })
}

/** Seeds the demo data for Liuzhou when the store holds nothing; resolves true if it seeded. */
export async function seedIfEmpty(runtime: LocalRuntime): Promise<boolean> {
  if (!runtime.store.isEmpty()) return false
  insertSeed(runtime, false)
  return true
}

/** Replaces everything in the store with fresh demo data (`npm run reset`). */
export async function reseed(runtime: LocalRuntime): Promise<void> {
  insertSeed(runtime, true)
}
