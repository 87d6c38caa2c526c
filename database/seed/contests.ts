/**
 * Two demo competitions (四（三）2): one open for sign-up (八桂家政 养老护理员), one held with results
 * past its 公示 (柳州螺蛳粉烹制, won by demo-trainee as 技术能手); and six demo stories (四（三）3),
 * every one marked 示例 and about no real person.
 */
import type { Contest, Honour, Story } from '../../types/contests'
import { beijingDayAt } from '../../src/domain/time'
import { maskName, signupId } from '../../cloudfunctions/api/src/routes/contests/store'
import type { Person } from './people'

export type ContestDoc = Omit<Contest, 'id'> & { _id: string; demo: true }
export interface ContestSignupDoc {
  _id: string
  contestId: string
  openid: string
  name: string
  phone: string
  signedUpAt: string
  rank?: number
  score?: number
  honour?: string
  demo: true
}
export type StoryDoc = Omit<Story, 'id'> & { _id: string; demo: true }

export const OPEN_CONTEST = 'seed-contest-01'
export const FINISHED_CONTEST = 'seed-contest-02'

export function buildContests(now: Date, people: readonly Person[]) {
  const trainees = people.filter((p) => p.openid.startsWith('seed-trainee-'))
  const signup = (contestId: string, p: Person, day: number): ContestSignupDoc => ({
    _id: signupId(contestId, p.openid),
    contestId,
    openid: p.openid,
    name: p.profile.name,
    phone: p.profile.phone,
    signedUpAt: beijingDayAt(now, day, '10:00'),
    demo: true,
  })
  const open = trainees.slice(0, 3).map((p, i) => signup(OPEN_CONTEST, p, -5 + i))
  const trainee = people.find((p) => p.openid === 'demo-trainee')!
  const held = [trainee, ...trainees.slice(3, 8)].map((p, i) => ({
    ...signup(FINISHED_CONTEST, p, -60 + i),
    rank: i + 1,
    score: 96 - i * 3,
    ...(i < 3 ? { honour: '技术能手' } : {}),
  }))
  const resultsAt = beijingDayAt(now, -30, '16:00')
  const publicFrom = beijingDayAt(now, -23, '16:00')
  const contests: ContestDoc[] = [
    {
      _id: OPEN_CONTEST,
      title: '“八桂家政”养老护理员职业技能竞赛（示例）',
      brand: 'jiazheng',
      occupation: '养老护理员',
      startAt: beijingDayAt(now, 20, '09:00'),
      endAt: beijingDayAt(now, 20, '17:00'),
      signupDeadline: beijingDayAt(now, 15, '18:00'),
      place: '柳州市公共实训基地（示例）',
      rules:
        '理论考试占30%，实操（失能老人照护、急救）占70%；前三名授予“技术能手”称号，成绩公示7天。',
      publicityDays: 7,
      status: 'published',
      signupCount: open.length,
      demo: true,
    },
    {
      _id: FINISHED_CONTEST,
      title: '“柳州螺蛳粉师傅”烹制技能竞赛（示例）',
      brand: 'mifen',
      occupation: '传统螺蛳粉烹制',
      startAt: beijingDayAt(now, -32, '09:00'),
      endAt: beijingDayAt(now, -32, '17:00'),
      signupDeadline: beijingDayAt(now, -40, '18:00'),
      place: '柳南区螺蛳粉产业园（示例）',
      rules:
        '现场熬制汤底、煮粉、配料，评委按色香味和卫生打分；前三名授予“技术能手”称号，成绩公示7天。',
      publicityDays: 7,
      status: 'finished',
      signupCount: held.length,
      resultsAt,
      publicFrom,
      results: held.map((s) => ({
        rank: s.rank,
        name: maskName(s.name),
        score: s.score,
        ...(s.honour ? { honour: s.honour } : {}),
      })),
      demo: true,
    },
  ]
  const honours = new Map<string, Honour[]>(
    held
      .filter((s) => s.honour)
      .map((s) => [
        s.openid,
        [
          {
            title: '技术能手',
            contestId: FINISHED_CONTEST,
            contestTitle: contests[1].title,
            brand: 'mifen',
            occupation: '传统螺蛳粉烹制',
            rank: s.rank,
            awardedAt: resultsAt,
            publicFrom,
          },
        ],
      ]),
  )
  return { contests, signups: [...open, ...held], honours }
}

// prettier-ignore
const STORIES: Array<[Story['brand'], Story['kind'], string, string, string]> = [
  ['mifen', 'person', '从打工仔到螺蛳粉店老板（示例）', '柳江的小韦参加螺蛳粉烹制培训，一年后开了自己的小店。', '小韦（化名，示例人物）初中毕业后在外打工多年。2024年他回到柳江，参加了“柳州螺蛳粉师傅”烹制培训，拿到专项职业能力证书。在创业孵化基地的帮助下，他申请了创业担保贷款，在镇上开了一家螺蛳粉店，现在带动了3位乡亲就业。'],
  ['mifen', 'firm', '一家螺蛳粉厂的订单式培训（示例）', '企业和培训学校合作，学员结业就上岗。', '柳南区一家示例螺蛳粉食品企业与职业技能培训学校合作开展订单式培训：企业出岗位和师傅，学校出课程和场地。每期30名学员，结业考核合格的优先录用，已经有多批学员在生产线和检测岗位上稳定工作。'],
  ['jiazheng', 'person', '融水大姐成了金牌养老护理员（示例）', '45岁的潘大姐在家门口学会了养老护理。', '潘大姐（化名，示例人物）是融水的农村妇女，孩子上学后想找份离家近的工作。她参加了县里的免费养老护理员培训，考取了五级证书，现在在县城的养老机构工作，每月收入比以前多了一倍。'],
  ['jiangong', 'base', '建筑工匠实训基地：手把手教到会（示例）', '示范基地把工地搬进教室。', '八桂建工示例实训基地建有砌筑、钢筋、镶贴等实训工位，学员在真实的工位上反复练习。基地还组织学员参加粤桂劳务协作，统一输送到湛江的建筑工地，到岗后有专人对接、每月回访。'],
  ['cixiu', 'person', '苗绣绣娘把手艺带上网（示例）', '三江的绣娘通过电商培训把刺绣卖到全国。', '欧姐（化名，示例人物）从小跟母亲学侗绣。参加“龙城刺绣”培训和电商培训后，她和村里的姐妹成立了合作社，在网上销售绣品，农闲时在家就能增收。'],
  ['cixiu', 'base', '融水苗绣创业孵化基地的一天（示例）', '孵化基地里，十几个刺绣小项目在成长。', '融水苗绣示例孵化基地为入驻项目提供免费场地、设计指导和销售对接，帮助创业者申请创业担保贷款和创业补贴。基地还定期请专家工作室的老师来上课。'],
]

export function buildStories(now: Date): StoryDoc[] {
  return STORIES.map(([brand, kind, title, summary, body], i) => ({
    _id: `seed-story-${String(i + 1).padStart(2, '0')}`,
    brand,
    kind,
    title,
    summary,
    body,
    publishedAt: beijingDayAt(now, -90 + i * 12, '10:00'),
    demo: true,
  }))
}
