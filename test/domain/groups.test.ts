import {
  COURSE_MODE_LABELS,
  EDUCATION_LABELS,
  GROUP_LABELS,
  PRIORITY_GROUPS,
  WORKER_GROUPS,
  certificateLabel,
  isPriorityGroup,
} from '../../src/domain/groups'

describe('worker groups', () => {
  it('uses the plan’s words', () => {
    expect(WORKER_GROUPS.map((g) => GROUP_LABELS[g])).toEqual([
      '脱贫人口',
      '防止返贫监测对象',
      '就业困难人员',
      '职业院校毕业生',
      '易地扶贫搬迁',
      '农村劳动力',
      '其他',
    ])
  })

  it('puts 就业困难人员, 脱贫人口 and 职业院校毕业生 first, and only them', () => {
    expect(PRIORITY_GROUPS.map((g) => GROUP_LABELS[g])).toEqual([
      '就业困难人员',
      '脱贫人口',
      '职业院校毕业生',
    ])
    expect(WORKER_GROUPS.filter(isPriorityGroup)).toHaveLength(3)
    expect(isPriorityGroup('rural_labor')).toBe(false)
    expect(isPriorityGroup('monitored')).toBe(false)
  })
})

describe('labels', () => {
  it('reads certificates the way the plan names them', () => {
    expect(certificateLabel({ type: 'skill_level', level: 5 })).toBe('职业技能等级（五级/初级工）')
    expect(certificateLabel({ type: 'skill_level', level: 1 })).toBe(
      '职业技能等级（一级/高级技师）',
    )
    expect(certificateLabel({ type: 'qualification' })).toBe('职业资格')
    expect(certificateLabel({ type: 'special_ability' })).toBe('专项职业能力')
  })

  it('names course modes and education in Chinese', () => {
    expect(COURSE_MODE_LABELS).toEqual({ offline: '线下', online: '线上', mixed: '线上线下结合' })
    expect(Object.values(EDUCATION_LABELS)).toContain('初中')
  })
})
