import { randomBytes } from 'node:crypto'
import { createReadStream, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { ApiFailure } from '../types/api'
import { jsonTooDeep } from '../cloudfunctions/api/src/limits'
import type { HttpAccessEvent, HttpAccessResponse } from '../cloudfunctions/api/src/web/http'
import type { LocalRuntime } from './cloud'
import { cacheControlFor, compressible, encode, encodedFile, pickEncoding } from './compress'
import { DEMO_USERS } from './demo-users'

/** Largest request body `POST /fn/<name>` accepts. */
export const MAX_BODY_BYTES = 1024 * 1024

export interface StartServerOptions {
  port: number
  host?: string
  runtime: LocalRuntime
  /** The H5 build to serve (dist/h5). */
  staticDir: string
}

/** A running local server; `url` has the real port when `port` was 0. */
export interface LocalServer {
  server: Server
  url: string
  port: number
  close(): Promise<void>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * The functions an HTTP caller may run. Every HTTP caller is a client, and in the cloud a client
 * can reach only what it may call; the scheduler is the platform timer's alone (local/timers.ts).
 */
export const CLIENT_FUNCTIONS: ReadonlySet<string> = new Set(['api'])

const NO_SUCH_FUNCTION: ApiFailure = { ok: false, code: 'NOT_FOUND', message: '没有这个云函数' }
const BAD_REQUEST: ApiFailure = { ok: false, code: 'INVALID_INPUT', message: '请求格式不对' }
const TOO_LARGE: ApiFailure = { ok: false, code: 'INVALID_INPUT', message: '提交的内容太大了' }
const TOO_DEEP: ApiFailure = { ok: false, code: 'INVALID_INPUT', message: '提交的内容层级太深了' }
const CRASHED: ApiFailure = { ok: false, code: 'INTERNAL', message: '系统开小差了，请稍后再试' }
const NOT_THIS_HOST: ApiFailure = {
  ok: false,
  code: 'FORBIDDEN',
  message: '本地服务只接受用本机地址（127.0.0.1 或 localhost）打开',
}
const OTHER_ORIGIN: ApiFailure = { ok: false, code: 'FORBIDDEN', message: '这个网页不能使用本服务' }

const NOT_BUILT_PAGE = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>柳州劳务品牌</title>
<body style="font-size:18px;font-family:sans-serif;padding:24px">页面还没有构建。请先运行 <code>npm run build:h5</code>，再刷新这个页面。</body></html>`

/** Answers below this size go as they are: compressing them saves less than it costs. */
const COMPRESS_FROM_BYTES = 1024

function sendJson(res: ServerResponse, status: number, body: unknown, req?: IncomingMessage) {
  const text = Buffer.from(JSON.stringify(body ?? null))
  const encoding =
    req && text.length >= COMPRESS_FROM_BYTES ? pickEncoding(req.headers['accept-encoding']) : null
  // gzip for answers: made per request, and brotli's better ratio costs more time than it saves.
  const payload = encoding ? encode(text, 'gzip') : text
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': payload.length,
    'cache-control': 'no-store',
    vary: 'accept-encoding',
    ...(encoding ? { 'content-encoding': 'gzip' } : {}),
  })
  res.end(payload)
}

/** Reads the body up to MAX_BODY_BYTES; resolves null when it is larger (the rest is drained). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) tooLarge = true
      if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const LOOPBACK_HOST = /^(127(?:\.\d{1,3}){3}|localhost|\[::1\])(?::\d{1,5})?$/i

/** Whether the request names this machine in its Host (a page reached by another name is refused). */
export function isLoopbackHost(host: string | undefined): boolean {
  return !!host && LOOPBACK_HOST.test(host)
}

/** Whether a request carries no Origin, or the runtime's own: a page of another origin always sends it. */
function fromOwnOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin
  return origin === undefined || origin === `http://${req.headers.host}`
}

/**
 * The local-mode convenience for tests and scripts: `x-openid` names the caller as the platform
 * would, only for loopback requests with no foreign Origin. The function never reads it.
 */
function localOpenid(req: IncomingMessage): string | null {
  if (!isLoopbackHost(req.headers.host) || !fromOwnOrigin(req)) return null
  const header = req.headers['x-openid']
  const value = (Array.isArray(header) ? header[0] : header)?.trim()
  return value ? value : null
}

/** The request in the shape CloudBase's HTTP access service hands a function (集成请求). */
function httpAccessEvent(req: IncomingMessage, body: string): HttpAccessEvent {
  const url = new URL(req.url ?? '/', 'http://local')
  const headers: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v
  }
  // As a gateway does: the address it saw, whatever the client wrote.
  headers['x-forwarded-for'] = req.socket.remoteAddress ?? ''
  return {
    path: url.pathname,
    httpMethod: req.method ?? 'GET',
    headers,
    queryStringParameters: Object.fromEntries(url.searchParams),
    requestContext: {
      requestId: newRequestId(),
      envId: 'local',
      sourceIp: req.socket.remoteAddress,
    },
    body,
    isBase64Encoded: false,
  }
}

let requestCount = 0
const newRequestId = () => `local-${Date.now().toString(36)}-${(requestCount++).toString(36)}`

function isHttpAccessResponse(value: unknown): value is HttpAccessResponse {
  const r = value as Partial<HttpAccessResponse> | null
  return !!r && typeof r === 'object' && typeof r.statusCode === 'number' && 'body' in r
}

/** Sends what a function returned, as the HTTP access service would: its 集成响应, or JSON. */
function sendFunctionResult(req: IncomingMessage, res: ServerResponse, result: unknown) {
  if (!isHttpAccessResponse(result)) return sendJson(res, 200, result, req)
  const body = Buffer.from(String(result.body ?? ''), result.isBase64Encoded ? 'base64' : 'utf8')
  const encoding =
    body.length >= COMPRESS_FROM_BYTES ? pickEncoding(req.headers['accept-encoding']) : null
  const payload = encoding ? encode(body, 'gzip') : body
  res.writeHead(result.statusCode, {
    ...result.headers,
    'content-length': payload.length,
    vary: [result.headers.vary, 'accept-encoding'].filter(Boolean).join(', '),
    ...(encoding ? { 'content-encoding': 'gzip' } : {}),
  })
  res.end(payload)
}

async function handleFunction(
  req: IncomingMessage,
  res: ServerResponse,
  runtime: LocalRuntime,
  fn: string,
) {
  const text = await readBody(req)
  if (text === null) return sendJson(res, 200, TOO_LARGE)
  // Before parsing: deep nesting would overflow the stack of every later step that walks it.
  if (jsonTooDeep(text)) return sendJson(res, 200, TOO_DEEP)
  try {
    sendFunctionResult(
      req,
      res,
      await runtime.call(fn, httpAccessEvent(req, text), localOpenid(req)),
    )
  } catch (err) {
    console.error(`[local] function ${fn} failed:`, err)
    sendJson(res, 200, CRASHED)
  }
}

/**
 * The demo sign-in page's way in: the same scan-to-sign-in a phone would do (start, confirm as the
 * demo user, poll), done here for a demo user, so the browser holds the same kind of session.
 */
async function demoSignIn(req: IncomingMessage, res: ServerResponse, runtime: LocalRuntime) {
  const text = await readBody(req)
  let openid: unknown
  try {
    openid = (JSON.parse(text ?? '') as { openid?: unknown }).openid
  } catch {
    return sendJson(res, 200, BAD_REQUEST)
  }
  if (!DEMO_USERS.some((u) => u.openid === openid))
    return sendJson(res, 200, { ok: false, code: 'NOT_FOUND', message: '没有这个演示用户' })
  const call = async (event: unknown, as: string | null) => {
    const result = await runtime.call('api', event, as)
    const envelope = isHttpAccessResponse(result) ? JSON.parse(result.body) : result
    if (!envelope?.ok) throw new Error(`demo sign-in step failed: ${JSON.stringify(envelope)}`)
    return envelope.data
  }
  const start = JSON.stringify({ route: 'session/webLogin/start', input: {} })
  const { ticket } = await call(httpAccessEvent(req, start), null)
  await call({ route: 'session/webLogin/confirm', input: { ticket } }, openid as string)
  const { token } = await call({ route: 'session/webLogin/poll', input: { ticket } }, null)
  sendJson(res, 200, { ok: true, data: { token } })
}

/** Largest photo `POST /local/upload` takes (a phone photo after chooseMedia's compression). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024
const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif']
/** Where the local runtime keeps uploads: its own store, so they last as long as the data. */
export const FILES_COLLECTION = 'local_files'

function readRaw(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= max) chunks.push(chunk)
    })
    req.on('end', () => resolveBody(size > max ? null : Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** Who is uploading: the same identity the function gives the request (session token, or local x-openid). */
async function callerOf(req: IncomingMessage, runtime: LocalRuntime): Promise<string | null> {
  const whoami = JSON.stringify({ route: 'session/whoami', input: {} })
  const event = httpAccessEvent(req, whoami)
  event.headers['content-type'] = 'application/json'
  const result = await runtime.call('api', event, localOpenid(req))
  const envelope = (isHttpAccessResponse(result) ? JSON.parse(result.body) : result) as {
    ok?: boolean
    data?: { openid?: string | null }
  }
  return envelope?.ok ? (envelope.data?.openid ?? null) : null
}

/**
 * Cloud storage's stand-in (wx.cloud.uploadFile has no local emulation): `POST /local/upload` with
 * the image as the body answers `{ ok, data: { fileID: 'local://<id>' } }`; `GET /local/files/<id>`
 * serves it. Only signed-in callers may upload.
 */
async function handleUpload(req: IncomingMessage, res: ServerResponse, runtime: LocalRuntime) {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]
  const body = await readRaw(req, MAX_UPLOAD_BYTES)
  const owner = await callerOf(req, runtime)
  if (!owner) return sendJson(res, 200, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录' })
  if (!UPLOAD_TYPES.includes(type))
    return sendJson(res, 200, { ok: false, code: 'INVALID_INPUT', message: '只能上传照片' })
  if (!body || body.length === 0)
    return sendJson(res, 200, { ok: false, code: 'INVALID_INPUT', message: '照片太大了，请换一张' })
  const id = `${randomBytes(12).toString('hex')}.${type.split('/')[1]}`
  runtime.store.insertMany(FILES_COLLECTION, [
    { _id: id, owner, type, data: body.toString('base64'), createdAt: new Date().toISOString() },
  ])
  sendJson(res, 200, { ok: true, data: { fileID: `local://${id}` } })
}

function serveFile(res: ServerResponse, runtime: LocalRuntime, id: string) {
  const doc = runtime.store.get(FILES_COLLECTION, id) as { type: string; data: string } | undefined
  if (!doc) return sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '没有这张照片' })
  const data = Buffer.from(doc.data, 'base64')
  res.writeHead(200, { 'content-type': doc.type, 'content-length': data.length })
  res.end(data)
}

function serveStatic(req: IncomingMessage, res: ServerResponse, staticDir: string) {
  const root = resolve(staticDir)
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://local').pathname)
  } catch {
    return sendJson(res, 400, BAD_REQUEST)
  }
  const file = normalize(join(root, pathname))
  if (file !== root && !file.startsWith(root + sep))
    return sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '没有这个页面' })
  const isFile = (p: string) => {
    try {
      return statSync(p).isFile()
    } catch {
      return false
    }
  }
  let target = isFile(file) ? file : null
  // `/` and client-side routes (no file extension) fall back to the app's index.html.
  if (!target && !extname(pathname))
    target = isFile(join(root, 'index.html')) ? join(root, 'index.html') : null
  if (!target) {
    if (extname(pathname))
      return sendJson(res, 404, { ok: false, code: 'NOT_FOUND', message: '没有这个文件' })
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    return res.end(NOT_BUILT_PAGE)
  }
  const type = CONTENT_TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream'
  const headers = {
    'content-type': type,
    'cache-control': cacheControlFor(target),
    vary: 'accept-encoding',
  }
  const encoding = compressible(type) ? pickEncoding(req.headers['accept-encoding']) : null
  if (encoding) {
    const body = encodedFile(target, statSync(target).mtimeMs, encoding)
    res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length })
    return res.end(req.method === 'HEAD' ? undefined : body)
  }
  res.writeHead(200, headers)
  if (req.method === 'HEAD') return res.end()
  createReadStream(target)
    .on('error', () => res.destroy())
    .pipe(res)
}

/**
 * The HTTP face of the local runtime, for loopback Hosts only: the H5 build; `POST /fn/api` (the only
 * function a client may call), handed
 * to the function as CloudBase's HTTP access would (the request with its headers; the function
 * answers with the status and headers it chooses); `GET /healthz`; `GET /local/demo-users` and
 * `POST /local/demo-sign-in` for the demo sign-in page. No stack ever leaves.
 */
export function startServer(opts: StartServerOptions): Promise<LocalServer> {
  const { runtime, staticDir } = opts
  const host = opts.host ?? '127.0.0.1'
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]
    const done = (err: unknown) => {
      console.error('[local] request failed:', err)
      if (!res.headersSent) sendJson(res, 200, CRASHED)
      else res.destroy()
    }
    try {
      // A page reached under another name (DNS rebinding) must not reach the local store.
      if (!isLoopbackHost(req.headers.host)) return sendJson(res, 403, NOT_THIS_HOST)
      const fn = /^\/fn\/([^/]+)$/.exec(path)
      if (fn) {
        // Origins and preflights are the function's to answer, as behind the HTTP access service.
        if (req.method !== 'POST' && req.method !== 'OPTIONS')
          return sendJson(res, 405, BAD_REQUEST)
        if (!CLIENT_FUNCTIONS.has(fn[1])) return sendJson(res, 200, NO_SUCH_FUNCTION)
        return void handleFunction(req, res, runtime, fn[1]).catch(done)
      }
      if (path === '/local/demo-sign-in') {
        if (req.method !== 'POST') return sendJson(res, 405, BAD_REQUEST)
        if (!fromOwnOrigin(req)) return sendJson(res, 403, OTHER_ORIGIN)
        return void demoSignIn(req, res, runtime).catch(done)
      }
      if (path === '/local/upload') {
        if (req.method !== 'POST') return sendJson(res, 405, BAD_REQUEST)
        if (!fromOwnOrigin(req)) return sendJson(res, 403, OTHER_ORIGIN)
        return void handleUpload(req, res, runtime).catch(done)
      }
      const file = /^\/local\/files\/([\w.-]+)$/.exec(path)
      if (file) return serveFile(res, runtime, file[1])
      if (path === '/healthz') return sendJson(res, 200, { ok: true })
      if (path === '/local/demo-users') return sendJson(res, 200, DEMO_USERS)
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, BAD_REQUEST)
      serveStatic(req, res, staticDir)
    } catch (err) {
      done(err)
    }
  })
  server.on('clientError', (_err, socket) => socket.destroy())
  return new Promise((resolveStart, reject) => {
    server.once('error', reject)
    server.listen(opts.port, host, () => {
      server.off('error', reject)
      const port = (server.address() as AddressInfo).port
      resolveStart({
        server,
        port,
        url: `http://${host}:${port}`,
        close: () =>
          new Promise<void>((resolveClose) => {
            server.close(() => resolveClose())
            server.closeAllConnections()
          }),
      })
    })
  })
}
