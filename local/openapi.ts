import { COLLECTIONS } from '../src/domain/collections'
import { clone } from './codec'
import { currentDatabase } from './context'
import { newId } from './store'

/** Words the local content check flags, with the label the cloud's check (v2) would give. */
export const RISKY_WORDS: ReadonlyArray<{ word: string; label: number }> = [
  { word: '赌博', label: 20006 },
  { word: '色情', label: 20002 },
  { word: '诈骗', label: 20008 },
  { word: '代开发票', label: 20006 },
]

/** What `cloud.openapi.security.msgSecCheck` resolves to locally. */
export interface SecCheckResult {
  errCode: number
  errcode: number
  errMsg: string
  result: { suggest: 'pass' | 'risky'; label: number }
  detail: Array<{
    strategy: string
    errcode: number
    suggest: string
    label: number
    keyword?: string
  }>
  traceId: string
}

function openApiError(api: string, errCode: number, reason: string): Error {
  const errMsg = `openapi.${api}:fail ${reason}`
  return Object.assign(new Error(errMsg), { errCode, errMsg })
}

interface SubscribeParams {
  touser?: unknown
  templateId?: unknown
  page?: unknown
  data?: unknown
  miniprogramState?: unknown
  lang?: unknown
}

/** `subscribeMessage.send`: records the message in the outbox collection instead of sending it. */
async function sendSubscribeMessage(params: SubscribeParams = {}) {
  const { touser, templateId, data } = params
  if (
    typeof touser !== 'string' ||
    !touser ||
    typeof templateId !== 'string' ||
    !templateId ||
    !data ||
    typeof data !== 'object'
  ) {
    throw openApiError(
      'subscribeMessage.send',
      47003,
      'argument invalid! touser, templateId and data are required',
    )
  }
  const database = currentDatabase()
  if (!database) throw openApiError('subscribeMessage.send', -1, 'no local runtime is open')
  const doc = {
    _id: newId(),
    touser,
    templateId,
    page: typeof params.page === 'string' ? params.page : '',
    data: clone(data) as Record<string, unknown>,
    miniprogramState:
      typeof params.miniprogramState === 'string' ? params.miniprogramState : 'formal',
    lang: typeof params.lang === 'string' ? params.lang : 'zh_CN',
    sentAt: new Date(),
  }
  database.store.apply([{ collection: COLLECTIONS.outbox, id: doc._id, doc }])
  return { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }
}

/** `security.msgSecCheck` (v2), deterministic: risky when the text contains a RISKY_WORDS entry. */
async function msgSecCheck(params: { content?: unknown } = {}): Promise<SecCheckResult> {
  if (typeof params.content !== 'string')
    throw openApiError('security.msgSecCheck', 47001, 'data format error: content')
  const content = params.content
  const traceId = `local-${newId()}`
  const hit = RISKY_WORDS.find(({ word }) => content.includes(word))
  if (!hit) {
    return {
      errCode: 0,
      errcode: 0,
      errMsg: 'openapi.security.msgSecCheck:ok',
      result: { suggest: 'pass', label: 100 },
      detail: [],
      traceId,
    }
  }
  return {
    errCode: 87014,
    errcode: 87014,
    errMsg: 'openapi.security.msgSecCheck:fail risky content',
    result: { suggest: 'risky', label: hit.label },
    detail: [
      { strategy: 'keyword', errcode: 0, suggest: 'risky', label: hit.label, keyword: hit.word },
    ],
    traceId,
  }
}

const FAKES: Record<string, Record<string, (params?: never) => Promise<unknown>>> = {
  subscribeMessage: { send: sendSubscribeMessage },
  security: { msgSecCheck },
}

/**
 * The local `cloud.openapi`: callable like the real one (`cloud.openapi({ appid })`), with fakes for
 * the APIs the app uses; any other API rejects with a clear error instead of trying the network.
 */
export function createOpenApi(): Record<string, unknown> {
  const namespace = (name: string) =>
    new Proxy(FAKES[name] ?? {}, {
      get: (methods, method) =>
        typeof method === 'string' && method in methods
          ? methods[method]
          : async () => {
              throw openApiError(
                `${name}.${String(method)}`,
                -1,
                'not emulated by the local runtime',
              )
            },
    })
  const openapi = () => root
  const root: Record<string, unknown> = new Proxy(openapi as unknown as Record<string, unknown>, {
    get: (_target, name) => (typeof name === 'string' ? namespace(name) : undefined),
  })
  return root
}
