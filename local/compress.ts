import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/** The best encoding the caller accepts (brotli before gzip), or null for none. */
export function pickEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const header = (Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding) ?? ''
  const accepted = new Set(
    header
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || parseFloat(q.split('=')[1] ?? '1') > 0)
      .map(([name]) => name.toLowerCase()),
  )
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip')) return 'gzip'
  return null
}

/** Text compresses well; pictures and fonts are compressed already. */
export function compressible(contentType: string): boolean {
  return /^(text\/|application\/(json|javascript|manifest\+json)|image\/svg)/.test(contentType)
}

/** `app.6bbb640a.js`, `index.3f2a9c1d0e.css`: a content hash in the name never changes content. */
const HASHED = /\.[0-9a-f]{8,}\.(js|css|png|jpe?g|gif|webp|svg|woff2?|ttf)$/i

/**
 * Hashed build files are kept for a year (a new build has new names); the page, the service
 * worker and anything unhashed are checked with the server on every load.
 */
export function cacheControlFor(file: string): string {
  return HASHED.test(basename(file)) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

export function encode(body: Buffer, encoding: Encoding): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 9,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      })
    : gzipSync(body, { level: 9 })
}

const encoded = new Map<string, Buffer>()

/** A build file compressed once per version (path, mtime, encoding) and then served from memory. */
export function encodedFile(file: string, mtimeMs: number, encoding: Encoding): Buffer {
  const key = `${file}\0${mtimeMs}\0${encoding}`
  let body = encoded.get(key)
  if (!body) {
    body = encode(readFileSync(file), encoding)
    encoded.set(key, body)
  }
  return body
}
