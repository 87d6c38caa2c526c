/**
 * The compiled production course list (培训 tab) and course detail pages under
 * miniprogram-simulate, with `wx.cloud.callFunction` answered by the real `api` function over the
 * seeded local runtime: filters and 加载更多 change what is shown; 报名 signs the worker up.
 */
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { bootWeapp, renderPage, type SimulatedPage } from './weapp'

jest.setTimeout(60000)

const COURSE_ID = 'seed-course-03' // 传统螺蛳粉烹制, 柳南区, two seats left

let rt: TestRuntime
let list: SimulatedPage
const calls: Array<{ route: string; input: Record<string, unknown> }> = []

beforeAll(async () => {
  rt = await testRuntime()
  bootWeapp(async ({ name, data }) => {
    calls.push(data as (typeof calls)[number])
    return { result: await rt.runtime.call(name, data, 'demo-worker') }
  })
  // Opening a page from a link passes its query to onLoad; the detail page needs `?id=`.
  const g = global as unknown as { Page: (config: Record<string, unknown>) => void }
  const stubPage = g.Page
  g.Page = (config) => {
    const onLoad = config.onLoad as ((this: unknown, query: object) => void) | undefined
    stubPage({
      ...config,
      onLoad(this: unknown) {
        return onLoad?.call(this, { id: COURSE_ID })
      },
    })
  }
  list = renderPage('pages/courses/index')
})

afterAll(() => rt?.close())

const cardCount = (page: SimulatedPage) => (page.text().match(/开课/g) ?? []).length
const listCalls = () => calls.filter((c) => c.route === 'catalog/courses')

describe('培训 tab (compiled)', () => {
  it('lists the seeded courses, 20 to a page, with the filter bar', async () => {
    const text = await list.waitForText((t) => t.includes('门课程可以报名'))

    for (const chip of ['品牌', '工种', '区县', '方式', '有名额']) expect(text).toContain(chip)
    expect(text).toContain('培训清单')
    expect(cardCount(list)).toBe(20)
    expect(text).toContain('加载更多')
    expect(listCalls()).toHaveLength(1)
  })

  it('loads the next page with one more call when 加载更多 is tapped', async () => {
    const total = Number(/共 (\d+) 门课程可以报名/.exec(list.text())?.[1])
    expect(total).toBeGreaterThan(20)

    list.tap('加载更多')
    await list.waitForText((t) => t.includes('没有更多了'))

    expect(cardCount(list)).toBe(total)
    expect(listCalls()).toHaveLength(2)
    expect(listCalls()[1].input).toMatchObject({ page: 2 })
  })

  it('shows only the chosen county after picking it', async () => {
    list.tap('区县')
    await list.waitForText((t) => t.includes('选择区县'))
    list.tap('三江侗族自治县')

    const text = await list.waitForText((t) => t.includes('三江 ·') && !t.includes('柳南 ·'))
    const shown = cardCount(list)
    expect(shown).toBeGreaterThan(0)
    expect((text.match(/三江 ·/g) ?? []).length).toBe(shown)
    expect(listCalls().at(-1)?.input).toMatchObject({ county: '三江侗族自治县', page: 1 })
  })
})

describe('course detail (compiled)', () => {
  let detail: SimulatedPage

  beforeAll(() => {
    detail = renderPage('packages/training/course/index')
  })

  it('shows seats left, the fee, the certificate and the 报名 button', async () => {
    const text = await detail.waitForText((t) => t.includes('上课地点'))

    expect(text).toContain('传统螺蛳粉烹制')
    expect(text).toContain('还剩 2 个名额，快满了')
    expect(text).toContain('免费培训')
    expect(text).toContain('结业证书')
    expect(text).toContain('报名截止')
    expect(text).toMatch(/报名$/)
  })

  it('signs the worker up when 报名 is tapped, and says so', async () => {
    detail.tap('报名')

    const text = await detail.waitForText(
      (t) =>
        t.includes('你的报名：已报名') && t.includes('报名成功') && t.includes('还剩 1 个名额'),
    )
    expect(text).toContain('报名成功')
    expect(text).toContain('还剩 1 个名额')
    expect(calls.filter((c) => c.route === 'enroll/create')).toHaveLength(1)
  })
})
