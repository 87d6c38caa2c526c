/** Stable error codes every route answers with; `message` carries the Chinese text a worker reads. */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'PROFILE_INCOMPLETE'
  | 'CONSENT_REQUIRED'
  | 'INVALID_ID_NUMBER'
  | 'INVALID_USCC'
  | 'COURSE_CLOSED'
  | 'COURSE_FULL'
  | 'ALREADY_ENROLLED'
  | 'POSTING_REJECTED'
  | 'EMPLOYER_NOT_VERIFIED'
  | 'EVENT_CLOSED'
  | 'CHECKIN_CODE_INVALID'

export interface ApiSuccess<T> {
  ok: true
  data: T
}

export interface ApiFailure {
  ok: false
  code: ErrorCode
  message: string
}

/** What every call of the `api` cloud function returns. */
export type ApiResult<T> = ApiSuccess<T> | ApiFailure

/** Who may call a route. `anyone` includes callers with no identity. */
export type Role = 'worker' | 'employer' | 'provider' | 'staff'
export type Access = Role | 'anyone'

/** The event a client sends to the `api` function. */
export interface ApiRequest {
  route: string
  input?: unknown
}
