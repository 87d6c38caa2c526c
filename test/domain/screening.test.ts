/**
 * The screening module over the corpus (test/domain/fixtures/screening-corpus.ts): every fraudulent
 * text is refused with the words it found and a reason, every lawful one passes.
 */
import { refusalMessage, screenText } from '../../cloudfunctions/api/src/screening'
import { FRAUDULENT, LAWFUL } from './fixtures/screening-corpus'

const posting = (text: string) => screenText([{ label: '岗位介绍', text }])

describe('screening corpus', () => {
  it('holds at least 100 fraudulent and 50 lawful texts', () => {
    expect(FRAUDULENT.length).toBeGreaterThanOrEqual(100)
    expect(LAWFUL.length).toBeGreaterThanOrEqual(50)
  })

  it.each(FRAUDULENT.map((t) => [t]))('refuses %j', (text) => {
    const result = posting(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    // The quote is the employer's own words, and the reason is a sentence a worker can read.
    expect(text).toContain(result.excerpt)
    expect(result.excerpt.length).toBeGreaterThan(0)
    expect(result.reason).toMatch(/[\u4e00-\u9fa5]{6,}/)
    expect(refusalMessage(result, '发布')).toMatch(
      /^发布不成功：岗位介绍里写了“.+”(（也就是“.+”）)?，.+。请删改后再发布。$/,
    )
  })

  it.each(LAWFUL.map((t) => [t]))('publishes %j', (text) => {
    expect(posting(text)).toEqual({ ok: true })
  })
})

describe('what a refusal says', () => {
  it('quotes the typed words and how they read', () => {
    const result = posting('入职需交 ya jin 300 yuan')
    expect(result).toMatchObject({ ok: false, rule: 'deposit', read: '押金300元' })
    if (!result.ok)
      expect(refusalMessage(result, '发布')).toBe(
        '发布不成功：岗位介绍里写了“ya jin 300 yuan”（也就是“押金300元”），招工时向求职者收押金、保证金是违法的。请删改后再发布。',
      )
  })

  it('names the field it was found in', () => {
    const result = screenText([
      { label: '岗位名称', text: '普工' },
      { label: '岗位要求', text: '先交100元服装费' },
    ])
    expect(result).toMatchObject({ ok: false, field: '岗位要求' })
  })

  it.each([
    ['入职需交押金300元', 'deposit'],
    ['先交两百元报名费', 'fee'],
    ['工装费200元从工资扣', 'uniform'],
    ['体检费150元，入职统一收取', 'medical'],
    ['可办理培训贷', 'loan'],
    ['加微信转账99元锁定岗位', 'prepay'],
  ])('gives %j its own reason (%s)', (text, rule) => {
    expect(posting(text)).toMatchObject({ ok: false, rule })
  })
})
