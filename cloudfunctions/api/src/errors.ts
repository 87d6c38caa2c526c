import type { ErrorCode } from '../../../types/api'

/** A refusal the caller should read: becomes `{ ok: false, code, message }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'AppError'
  }
}

/** Throws an AppError; for one-line refusals inside handlers. */
export function fail(code: ErrorCode, message: string): never {
  throw new AppError(code, message)
}
