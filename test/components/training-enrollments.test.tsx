import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { TRAINEE_COUNT, traineeId } from '../../database/seed'
import { COLLECTIONS } from '../../src/domain/collections'
import { isoBeijing } from '../../src/domain/time'
import Enrollments from '../../src/packages/training/enrollments'
import { useEnrollmentStore } from '../../src/stores/training'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend, signInAs } from './backend'

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())

beforeEach(() => {
  resetTaroStub()
  backend.online()
  useEnrollmentStore.getState().reset()
})

/** The first seeded trainee whose 我的报名 satisfies `test`. */
async function findTrainee(
  test: (mine: { items: { status: string }[]; retrain: { due: boolean } }) => boolean,
): Promise<string> {
  for (let n = 1; n <= TRAINEE_COUNT; n++) {
    const res = await backend.rt.api(traineeId(n), 'enroll/mine')
    if (res.ok && test(res.data)) return traineeId(n)
  }
  throw new Error('no seeded trainee fits')
}

const ACTIVE = ['waitlisted', 'confirmed', 'in_training']

describe('我的报名 (page → store → call-api → api function → database)', () => {
  it('shows a waitlisted sign-up as 候补第N位 and a confirmed one as 已报名', async () => {
    signInAs('demo-trainee')
    render(<Enrollments />)

    expect(await screen.findByText(/我的报名（\d+）/)).toBeInTheDocument()
    expect(screen.getByText('已报名')).toBeInTheDocument()
    expect(screen.getByText('已结业')).toBeInTheDocument()

    const waiting = await findTrainee((m) => m.items.some((e) => e.status === 'waitlisted'))
    cleanup()
    useEnrollmentStore.getState().reset()
    signInAs(waiting)
    render(<Enrollments />)
    expect(await screen.findByText(/^候补第\d+位$/)).toBeInTheDocument()
  })

  it('shows the certificate of a completed course', async () => {
    signInAs('demo-trainee')
    render(<Enrollments />)

    const card = (await screen.findByText('已结业')).closest('.card') as HTMLElement
    expect(within(card).getByText(/^结业证书：/)).toBeInTheDocument()
    expect(within(card).getByText(/^证书编号：/)).toBeInTheDocument()
  })

  it('reminds a worker whose last course ended over two years ago, with courses to pick', async () => {
    const finished = await findTrainee((m) => m.items.some((e) => e.status === 'completed'))
    // They have nothing running now: any other sign-up is cancelled, as they could do themselves.
    const mine = await backend.rt.api(finished, 'enroll/mine')
    if (!mine.ok) throw new Error(mine.message)
    for (const e of mine.data.items.filter((i) => ACTIVE.includes(i.status))) {
      await backend.rt.api(finished, 'enroll/cancel', { enrollmentId: e.id })
    }
    // Their courses ended three years ago.
    const threeYearsAgo = isoBeijing(Date.now() - 3 * 365 * 86_400_000)
    const { runtime } = backend.rt
    await runtime.run(() =>
      runtime.cloud
        .database()
        .collection(COLLECTIONS.enrollments)
        .where({ openid: finished, status: 'completed' })
        .update({ data: { completedAt: threeYearsAgo } }),
    )
    signInAs(finished)
    render(<Enrollments />)

    expect(await screen.findByText('该参加新的技能培训了')).toBeInTheDocument()
    expect(screen.getByText('适合你的课程')).toBeInTheDocument()
    expect(screen.getAllByText(/开课$/).length).toBeGreaterThan(1)
  })

  it('says there is nothing yet, with the way to the courses', async () => {
    signInAs('someone-new')
    render(<Enrollments />)

    expect(await screen.findByText('你还没有报名培训')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '去看培训课程' }))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/courses/index' })
  })
})
