import type { CourseQuery } from '../../types/training'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingDate, beijingDayAt, isoBeijing } from '../../src/domain/time'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import {
  courseInput,
  createCourse,
  ok,
  PROVIDER_A,
  PROVIDER_B,
  readDoc,
  seedTraining,
  STAFF,
  updateDoc,
  workersWithProfiles,
} from './training-fixtures'

let t: TestRuntime

beforeEach(async () => {
  t = await testRuntime({ seed: false })
  seedTraining(t)
})
afterEach(() => t.close())

describe('training list (培训清单)', () => {
  it('staff add and retire occupations; the public list shows the active ones by brand', async () => {
    expect(ok(await t.api(null, 'catalog/occupations'))).toEqual([])
    for (const [brand, occupation] of [
      ['mifen', '检测'],
      ['mifen', '传统螺蛳粉烹制'],
      ['jiazheng', '养老护理员'],
    ] as const) {
      ok(await t.api(STAFF, 'staff/training-list/save', { brand, occupation, active: true }))
    }
    // Adding twice keeps one entry.
    ok(
      await t.api(STAFF, 'staff/training-list/save', {
        brand: 'mifen',
        occupation: '检测',
        active: true,
      }),
    )

    const groups = ok(await t.api(null, 'catalog/occupations'))
    expect(groups.map((g) => [g.brandName, g.items.map((i) => i.occupation)])).toEqual([
      ['八桂米粉师傅', ['传统螺蛳粉烹制', '检测']],
      ['八桂家政', ['养老护理员']],
    ])

    const retired = ok(
      await t.api(STAFF, 'staff/training-list/save', {
        brand: 'mifen',
        occupation: '检测',
        active: false,
      }),
    )
    expect(retired).toMatchObject({ id: 'mifen:检测', active: false })
    const after = ok(await t.api(null, 'catalog/occupations'))
    expect(after[0].items.map((i) => i.occupation)).toEqual(['传统螺蛳粉烹制'])
    const all = ok(await t.api(STAFF, 'staff/training-list'))
    expect(all.map((i) => [i.occupation, i.active])).toEqual([
      ['传统螺蛳粉烹制', true],
      ['检测', false],
      ['养老护理员', true],
    ])
  })

  it('is changed by staff only, with checked input', async () => {
    const input = { brand: 'mifen' as const, occupation: '检测', active: true }
    expect(await t.api('worker-x', 'staff/training-list/save', input)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await t.api(PROVIDER_A, 'staff/training-list', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await t.api(null, 'staff/training-list/save', input)).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    })
    expect(
      await t.raw(STAFF, { route: 'staff/training-list/save', input: { ...input, brand: 'nope' } }),
    ).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '请选择品牌',
    })
    expect(ok(await t.api(null, 'catalog/occupations'))).toEqual([])
  })
})

describe('catalog/courses', () => {
  /** Six courses: four listed, one past its deadline and one closed (both hidden). */
  async function catalogue() {
    const soon = await createCourse(t, { title: '螺蛳粉烹制速成班' }, PROVIDER_A)
    const later = await createCourse(
      t,
      {
        ...courseInput({}, 30),
        title: '螺蛳粉电商直播班',
        occupation: '电子商务师',
        mode: 'online',
      },
      PROVIDER_B,
    )
    const nursing = await createCourse(t, {
      ...courseInput({}, 20),
      title: '养老护理员（五级）培训班 [A+]',
      brand: 'jiazheng',
      occupation: '养老护理员',
      mode: 'mixed',
      capacity: 1,
      venue: {
        name: '城中区社区服务中心',
        address: '城中区文惠路1号',
        county: '城中区',
        point: { latitude: 24.31, longitude: 109.41 },
      },
    })
    const [w] = await workersWithProfiles(t, 1)
    ok(await t.api(w, 'enroll/create', { courseId: nursing })) // now full
    const carpentry = await createCourse(t, {
      ...courseInput({}, 15),
      title: '农村建筑工匠培训',
      brand: 'jiangong',
      occupation: '木工',
    })
    const past = await createCourse(t, { title: '已截止的螺蛳粉班' })
    await updateDoc(t, COLLECTIONS.courses, past, {
      deadline: beijingDayAt(new Date(), -1, '18:00'),
    })
    await createCourse(t, { title: '已停止报名的螺蛳粉班', status: 'closed' })
    return { soon, later, nursing, carpentry }
  }

  const list = async (q: CourseQuery) => ok(await t.api(null, 'catalog/courses', q))
  const ids = async (q: CourseQuery) => (await list(q)).items.map((i) => i.id)

  it('lists open courses soonest first, with the card fields', async () => {
    const c = await catalogue()
    const all = await list({})
    expect(all.total).toBe(4)
    expect(all.page).toBe(1)
    expect(all.items.map((i) => i.id)).toEqual([c.soon, c.carpentry, c.nursing, c.later])
    expect(all.items[0]).toEqual({
      id: c.soon,
      title: '螺蛳粉烹制速成班',
      brand: 'mifen',
      occupation: '传统螺蛳粉烹制',
      county: '融水苗族自治县',
      mode: 'offline',
      capacity: 30,
      seatsLeft: 30,
      startAt: courseInput().sessions[0].startAt,
      deadline: courseInput().deadline,
      providerName: '柳州市第一职业技能培训学校',
      fee: 0,
      certificateName: '螺蛳粉制作（五级）职业技能等级证书',
    })
  })

  it('filters by brand, occupation, county, mode, seats and start date', async () => {
    const c = await catalogue()
    expect(await ids({ brand: 'mifen' })).toEqual([c.soon, c.later])
    expect(await ids({ occupation: '木工' })).toEqual([c.carpentry])
    expect(await ids({ county: '城中区' })).toEqual([c.nursing])
    expect(await ids({ mode: 'online' })).toEqual([c.later])
    expect(await ids({ hasSeats: true })).toEqual([c.soon, c.carpentry, c.later])
    expect(await ids({ startFrom: beijingDate(Date.now() + 16 * 86400_000) })).toEqual([
      c.nursing,
      c.later,
    ])
    const combined = await list({
      brand: 'mifen',
      county: '融水苗族自治县',
      mode: 'offline',
      hasSeats: true,
    })
    expect(combined).toMatchObject({ total: 1, items: [{ id: c.soon }] })
  })

  it('searches title, occupation and provider name, taking the keyword literally', async () => {
    const c = await catalogue()
    expect(await ids({ q: '直播' })).toEqual([c.later])
    expect(await ids({ q: '电子商务' })).toEqual([c.later])
    expect(await ids({ q: '融水县螺蛳粉技能' })).toEqual([c.later])
    expect(await ids({ q: '[A+]' })).toEqual([c.nursing])
    expect(await ids({ q: '.*' })).toEqual([])
    expect(await ids({ q: '螺蛳粉', brand: 'mifen', mode: 'online' })).toEqual([c.later])
  })

  it('pages with a total, at most 50 a page', async () => {
    const c = await catalogue()
    const first = await list({ pageSize: 3 })
    const second = await list({ pageSize: 3, page: 2 })
    expect(first).toMatchObject({ total: 4, page: 1 })
    expect([...first.items, ...second.items].map((i) => i.id)).toEqual([
      c.soon,
      c.carpentry,
      c.nursing,
      c.later,
    ])
    expect(second).toMatchObject({ total: 4, page: 2 })
    expect(await t.api(null, 'catalog/courses', { pageSize: 51 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '每页最多50条',
    })
    expect(
      await t.raw(null, { route: 'catalog/courses', input: { county: '南宁市' } }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: '请选择柳州的区县',
    })
    expect(await t.api(null, 'catalog/courses', { startFrom: '12/01' })).toMatchObject({
      code: 'INVALID_INPUT',
    })
  })
})

describe('catalog/course', () => {
  it('answers the full course, or NOT_FOUND in Chinese', async () => {
    const id = await createCourse(t)
    const course = ok(await t.api(null, 'catalog/course', { id }))
    expect(course).toMatchObject({
      id,
      providerName: '柳州市第一职业技能培训学校',
      venue: { county: '融水苗族自治县', point: { latitude: 25.0661 } },
      sessions: courseInput().sessions,
      subsidy: '符合条件的劳动者免费',
      waitlistLength: 0,
    })
    expect(course).not.toHaveProperty('waitlistLog')
    expect(course).not.toHaveProperty('_id')
    expect(await t.api(null, 'catalog/course', { id: 'missing' })).toEqual({
      ok: false,
      code: 'NOT_FOUND',
      message: '没有找到这门课程，可能已下架，请返回课程列表看看',
    })
  })
})

describe('catalog/brand', () => {
  it('shows the brand with its training list, courses, openings, events and institutions', async () => {
    const courseId = await createCourse(t)
    await createCourse(t, { ...courseInput({}, 12), brand: 'jiazheng', occupation: '养老护理员' })
    ok(
      await t.api(STAFF, 'staff/training-list/save', {
        brand: 'mifen',
        occupation: '传统螺蛳粉烹制',
        active: true,
      }),
    )
    const future = beijingDayAt(new Date(), 30, '18:00')
    const past = isoBeijing(Date.now() - 86400_000)
    t.runtime.store.insertMany(COLLECTIONS.openings, [
      {
        _id: 'o1',
        brand: 'mifen',
        title: '螺蛳粉店厨师',
        status: 'open',
        expiresAt: future,
        postedAt: past,
      },
      {
        _id: 'o2',
        brand: 'mifen',
        title: '已过期岗位',
        status: 'open',
        expiresAt: past,
        postedAt: past,
      },
      {
        _id: 'o3',
        brand: 'jiazheng',
        title: '育婴员',
        status: 'open',
        expiresAt: future,
        postedAt: past,
      },
    ])
    t.runtime.store.insertMany(COLLECTIONS.events, [
      {
        _id: 'e1',
        brand: 'mifen',
        title: '螺蛳粉专场招聘会',
        status: 'published',
        startAt: future,
        endAt: future,
      },
      {
        _id: 'e2',
        brand: 'mifen',
        title: '草稿活动',
        status: 'draft',
        startAt: future,
        endAt: future,
      },
    ])
    t.runtime.store.insertMany(COLLECTIONS.institutions, [
      {
        _id: 'i1',
        kind: 'training_base',
        level: 'city',
        brand: 'mifen',
        name: '螺蛳粉实训基地',
        status: 'active',
        recognisedAt: '2024-01-01',
      },
      {
        _id: 'i2',
        kind: 'training_base',
        level: 'city',
        brand: 'mifen',
        name: '已撤销的基地',
        status: 'retired',
        recognisedAt: '2024-02-01',
      },
    ])

    const page = ok(await t.api(null, 'catalog/brand', { id: 'mifen' }))
    expect(page.brand).toMatchObject({
      id: 'mifen',
      name: '八桂米粉师傅',
      featured: { name: '柳州螺蛳粉师傅' },
    })
    expect(page.brand).not.toHaveProperty('_id')
    expect(page.activeOccupations).toEqual(['传统螺蛳粉烹制'])
    expect(page).toMatchObject({ courseCount: 1, openingCount: 1, eventCount: 1 })
    expect(page.courses.map((c) => c.id)).toEqual([courseId])
    expect(page.openings.map((o) => [o.id, o.title])).toEqual([['o1', '螺蛳粉店厨师']])
    expect(page.events.map((e) => e.id)).toEqual(['e1'])
    expect(page.institutions.map((i) => i.name)).toEqual(['螺蛳粉实训基地'])

    expect(await t.raw(null, { route: 'catalog/brand', input: { id: 'nope' } })).toMatchObject({
      code: 'INVALID_INPUT',
    })
    await t.runtime.run(async () => {
      await t.runtime.cloud
        .database()
        .collection(COLLECTIONS.brands)
        .where({ id: 'cixiu' })
        .remove()
    })
    expect(await t.api(null, 'catalog/brand', { id: 'cixiu' })).toMatchObject({ code: 'NOT_FOUND' })
    expect(await readDoc(t, COLLECTIONS.brands, 'mifen')).not.toBeNull()
  })
})
