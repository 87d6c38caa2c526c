import { AppError } from './errors'

/**
 * Transaction conflicts, as the cloud database raises them when two transactions touch the same
 * document. Routes avoid transactions on shared documents; one that can still conflict is retried
 * here with jitter, and a conflict that persists is answered CONFLICT in plain Chinese, never
 * INTERNAL.
 */

export const BUSY_MESSAGE = '人太多了，请稍后再试'

/** Whether `err` is the database's transaction conflict (after the SDK's own three retries). */
export function isTransactionConflict(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false
  const e = err as { code?: unknown; errCode?: unknown; message?: unknown; errMsg?: unknown }
  if (e.code === 'DATABASE_TRANSACTION_CONFLICT' || e.errCode === 'DATABASE_TRANSACTION_CONFLICT')
    return true
  const text = `${String(e.message ?? '')} ${String(e.errMsg ?? '')}`
  return /TransactionConflict|Transaction is conflict/i.test(text)
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Runs `work`, again after a random pause (growing each time) when it ends in a transaction
 * conflict; after `attempts` tries the conflict becomes CONFLICT 人太多了，请稍后再试.
 */
export async function retryOnConflict<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (err) {
      if (!isTransactionConflict(err)) throw err
      if (attempt >= attempts) throw new AppError('CONFLICT', BUSY_MESSAGE)
      await sleep(Math.random() * 20 * 2 ** attempt)
    }
  }
}
