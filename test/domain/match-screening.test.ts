import { rejectionMessage, screenPosting } from '../../cloudfunctions/api/src/screening'

const screen = (description: string) => screenPosting({ title: '招聘普工', description })

describe('posting screening', () => {
  it.each([
    ['入职需交押金300元，离职退还', 'deposit', '押金300元'],
    ['上岗前交保证金500元', 'deposit', '保证金500元'],
    ['先交两百元报名费', 'fee', '报名费'],
    ['培训费1980元，可分期', 'fee', '培训费1980元'],
    ['入职需交体检费', 'medical', '体检费'],
    ['体检费150元，入职统一收取', 'medical', '体检费150元'],
    ['工装费200元从工资扣', 'uniform', '工装费200元从工资扣'],
    ['需先转账300元占名额', 'prepay', '先转账300元占名额'],
    ['可办理培训贷，先学后付', 'loan', '培训贷'],
    ['招聘刷单员，日结', 'brushing', '刷单员'],
    ['日结高薪，无需经验，手机就能做', 'bait', '日结高薪'],
    ['在家躺赚，月入过万', 'bait', '躺赚'],
    ['入职需上交身份证原件', 'identity', '上交身份证原件'],
    ['缅甸高薪招聘，包机票', 'overseas', '缅甸高薪招聘'],
    ['不限学历押金200元', 'deposit', '押金200元'],
  ])('refuses “%s” (%s)', (text, rule, excerpt) => {
    const result = screen(text)
    expect(result).toMatchObject({ ok: false, rule, excerpt })
    if (!result.ok)
      expect(rejectionMessage(result)).toMatch(
        /^发布不成功：岗位信息里写了“.+”，.+。请删改后再发布。$/,
      )
  })

  it.each([
    '不收押金，包吃包住',
    '免押金',
    '无需交纳保证金',
    '公司不收取任何押金、培训费和服装费',
    '培训费由公司承担',
    '培训费：全免',
    '押金：无',
    '体检费自理',
    '体检费公司报销',
    '日结300元/天，包吃住，需要经验',
    '金牌月嫂月入过万，需持证',
    '本公司严禁刷单',
    '需携带身份证原件面试',
    '可申请创业担保贷款',
    '公司不会要求你交任何押金',
  ])('lets “%s” through', (text) => {
    expect(screen(text)).toEqual({ ok: true })
  })

  it('looks at the title, requirements and shift too', () => {
    expect(
      screenPosting({ title: '保洁员（押金100元）', description: '商场保洁，白班。' }).ok,
    ).toBe(false)
    expect(
      screenPosting({ title: '保洁员', description: '商场保洁。', requirements: '先交100元服装费' })
        .ok,
    ).toBe(false)
  })
})
