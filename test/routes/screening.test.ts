/**
 * Every text an employer writes that a worker reads goes through the one screening module: the
 * posting, the company name at sign-up, the interview note and link, the booth text. A refusal says
 * what it found and why, and nothing is stored or sent.
 */
import type { ApiResult } from '../../types/api'
import type { Opening, OpeningInput } from '../../types/jobs'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import { withUsccCheckDigit } from '../../src/domain/uscc'
import { testRuntime, type TestRuntime } from '../helpers/runtime'

let t: TestRuntime
beforeAll(async () => {
  t = await testRuntime()
})
afterAll(() => t.close())

function ok<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`)
  return result.data
}

const DAY = 86_400_000
/** How many stored documents of `name` have all the given field values. */
const count = async (name: string, where: Record<string, unknown>) =>
  (t.runtime.store.all(name) as Array<Record<string, unknown>>).filter((d) =>
    Object.entries(where).every(([k, v]) => d[k] === v),
  ).length

function posting(description: string): OpeningInput {
  return {
    brand: 'mifen',
    occupation: '传统螺蛳粉烹制',
    title: '螺蛳粉店帮厨',
    headcount: 2,
    payMin: 3500,
    payMax: 4500,
    county: '柳北区',
    description,
    expiresAt: isoBeijing(Date.now() + 20 * DAY),
  }
}

describe('postings', () => {
  it.each([
    ['入職需交押金300元，離職退還', '押金'],
    ['包吃住，上岗前交 bao zheng jin 500 yuan', '保证金'],
    ['包吃住，入职需交押\u200b金300元', '押金'],
    ['Deposit 300 yuan required before starting work', '押金'],
    ['加微信转账99元锁定岗位，名额有限', '转账'],
  ])('refuses %j, saying what it read', async (description, word) => {
    const before = await count(COLLECTIONS.openings, { employerId: 'seed-employer-01' })
    const result = await t.api('demo-employer', 'jobs/post', posting(description))
    expect(result).toMatchObject({ ok: false, code: 'POSTING_REJECTED' })
    expect(!result.ok && result.message).toMatch(/^发布不成功：岗位介绍里写了“.+”/)
    expect(!result.ok && result.message).toContain(word)
    expect(await count(COLLECTIONS.openings, { employerId: 'seed-employer-01' })).toBe(before)
  })

  it('publishes an honest posting that says what the company pays', async () => {
    ok(
      await t.api(
        'demo-employer',
        'jobs/post',
        posting('免费培训，体检费公司报销，不收押金。依法代扣代缴社保个人部分。'),
      ),
    )
  })
})

describe('company names', () => {
  it('refuses a name that asks for a fee, and registers nothing', async () => {
    const result = await t.api('would-be-agent', 'employer/register', {
      name: '柳州包进厂交300元押金劳务有限公司',
      uscc: withUsccCheckDigit('91450200MA5TQX001'),
      contact: '李先生',
      phone: '13800001111',
    })
    expect(result).toMatchObject({ ok: false, code: 'POSTING_REJECTED' })
    expect(!result.ok && result.message).toMatch(/^登记不成功：单位名称里写了“.*押金.*”/)
    expect(await count(COLLECTIONS.employers, { ownerOpenid: 'would-be-agent' })).toBe(0)
  })

  it('registers an ordinary name', async () => {
    ok(
      await t.api('honest-owner', 'employer/register', {
        name: '柳州市螺香食品有限公司',
        uscc: withUsccCheckDigit('91450200MA5TQX002'),
        contact: '李先生',
        phone: '13800001112',
      }),
    )
  })
})

describe('interview invitations', () => {
  let applicationId: string
  beforeAll(async () => {
    const openings = ok(await t.api('demo-employer', 'employer/openings'))
    const open = openings.find((o: Opening) => o.status === 'open') as Opening
    const application = ok(await t.api('demo-trainee', 'match/apply', { openingId: open.id }))
    applicationId = application.id
  })

  it.each([
    [
      { mode: 'onsite', link: '柳北区雅儒路8号', note: '面试请带好身份证，现场交体检费150元' },
      '面试说明',
    ],
    [{ mode: 'video', link: 'https://pay.example.com/deposit?amount=300' }, '视频会议链接'],
    [{ mode: 'onsite', link: '到店先交 ya jin 二百元再面试' }, '面试地点'],
  ] as const)('refuses %j and the worker receives nothing', async (change, field) => {
    const inbox = await count(COLLECTIONS.inbox, { openid: 'demo-trainee', kind: 'interview' })
    const result = await t.api('demo-employer', 'employer/interview', {
      applicationId,
      slots: [isoBeijing(Date.now() + 2 * DAY)],
      ...change,
    })
    expect(result).toMatchObject({ ok: false, code: 'POSTING_REJECTED' })
    expect(!result.ok && result.message).toContain(`发送不成功：${field}里写了`)
    expect(await count(COLLECTIONS.inbox, { openid: 'demo-trainee', kind: 'interview' })).toBe(
      inbox,
    )
    expect(await count(COLLECTIONS.interviews, { applicationId })).toBe(0)
  })

  it('sends an honest note, which the worker reads in the message', async () => {
    const interview = ok(
      await t.api('demo-employer', 'employer/interview', {
        applicationId,
        slots: [isoBeijing(Date.now() + 2 * DAY)],
        mode: 'onsite',
        link: '柳北区雅儒路8号',
        note: '请带身份证，体检费由公司承担',
      }),
    )
    expect(interview.note).toBe('请带身份证，体检费由公司承担')
    const inbox = ok(await t.api('demo-trainee', 'inbox/list', {}))
    expect(inbox.items[0].body).toContain('体检费由公司承担')
  })
})

describe('booth texts', () => {
  it('refuses a booth whose text asks for money', async () => {
    const events = ok(await t.api(null, 'events/list', {}))
    const event = events.items[0]
    const openings = ok(await t.api('demo-employer', 'employer/openings'))
    const open = openings.find((o: Opening) => o.status === 'open') as Opening
    const result = await t.api('demo-employer', 'employer/booth', {
      eventId: event.id,
      openingIds: [open.id],
      intro: '现场报名，交报名费20元送精美礼品',
    })
    expect(result).toMatchObject({ ok: false, code: 'POSTING_REJECTED' })
    expect(!result.ok && result.message).toContain('预订不成功：展位介绍里写了“报名费20元')
  })
})
