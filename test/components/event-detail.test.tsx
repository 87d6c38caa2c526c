import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import type { RecruitmentEvent } from '../../types/events'
import { COLLECTIONS } from '../../src/domain/collections'
import { formatRange } from '../../src/domain/time'
import EventDetailPage from '../../src/packages/events/detail'
import { useEventsStore } from '../../src/stores/events'
import { useSessionStore } from '../../src/stores/session'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend, signInAs } from './backend'

// The page also uses a few platform APIs the shared stand-in does not have.
jest.mock('@tarojs/taro', () => {
  const stub = jest.requireActual('../stubs/taro')
  const extra = {
    useShareAppMessage: jest.fn(),
    showLoading: jest.fn(),
    hideLoading: jest.fn(),
    setClipboardData: jest.fn(() => Promise.resolve()),
  }
  return { __esModule: true, ...stub, ...extra, default: { ...stub.default, ...extra } }
})

let backend: Awaited<ReturnType<typeof connectBackend>>
let upcoming: RecruitmentEvent

beforeAll(async () => {
  backend = await connectBackend()
  const events = backend.rt.runtime.store.all(COLLECTIONS.events) as unknown as RecruitmentEvent[]
  upcoming = events
    .filter(
      (e) => e.status === 'published' && e.mode === 'offline' && Date.parse(e.startAt) > Date.now(),
    )
    .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt))[0]
})
afterAll(() => backend.rt.close())
beforeEach(() => {
  resetTaroStub()
  backend.online()
  useEventsStore.setState({ details: {}, detailStatus: {}, detailError: {}, mine: [] })
  useSessionStore.setState({ whoami: null, status: 'idle', error: null })
  ;(useRouter as jest.Mock).mockReturnValue({ params: { id: upcoming.id }, path: '' })
})

describe('event page', () => {
  it('shows when (Beijing time), where and who is hiring; one tap signs up, another cancels', async () => {
    signInAs('demo-worker')
    render(<EventDetailPage />)

    expect(await screen.findByText(upcoming.title)).toBeInTheDocument()
    expect(screen.getByText(formatRange(upcoming.startAt, upcoming.endAt))).toBeInTheDocument()
    expect(screen.getByText(upcoming.venue?.name ?? '')).toBeInTheDocument()
    expect(screen.getByText(`已有 ${upcoming.signupCount} 人报名`)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '报名参加' }))

    expect(await screen.findByRole('button', { name: '已报名 · 取消报名' })).toBeInTheDocument()
    expect(screen.getByText(`已有 ${upcoming.signupCount + 1} 人报名`)).toBeInTheDocument()
    expect(
      backend.rt.runtime.store.get(COLLECTIONS.eventSignups, `${upcoming.id}:demo-worker`),
    ).toMatchObject({
      status: 'signed_up',
    })

    fireEvent.click(screen.getByRole('button', { name: '已报名 · 取消报名' }))

    expect(await screen.findByRole('button', { name: '报名参加' })).toBeInTheDocument()
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '取消报名' }))
    expect(screen.getByText(`已有 ${upcoming.signupCount} 人报名`)).toBeInTheDocument()
  })

  it('sends someone without a profile to fill it in instead of signing them up', async () => {
    signInAs('someone-new')
    render(<EventDetailPage />)
    await screen.findByText(upcoming.title)

    fireEvent.click(screen.getByRole('button', { name: '报名参加' }))

    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/training/profile/index' }),
    )
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '先填个人资料' }))
    expect(screen.getByRole('button', { name: '报名参加' })).toBeInTheDocument()
    expect(
      backend.rt.runtime.store.get(COLLECTIONS.eventSignups, `${upcoming.id}:someone-new`),
    ).toBeUndefined()
  })

  it('opens an opening’s job page from the employers taking part', async () => {
    signInAs('demo-worker')
    const { container } = render(<EventDetailPage />)
    await screen.findByText(upcoming.title)

    const opening = container.querySelector('.event-detail__opening') as Element
    expect(opening).not.toBeNull()
    fireEvent.click(opening)

    const url = (Taro.navigateTo as jest.Mock).mock.calls[0][0].url as string
    const id = decodeURIComponent(url.split('?id=')[1])
    expect(url.startsWith('/packages/jobs/job/index?id=')).toBe(true)
    expect(upcoming.openingIds).toContain(id)
  })

  it('lets an employer book a booth with its own open openings', async () => {
    signInAs('demo-employer')
    const { container } = render(<EventDetailPage />)
    await screen.findByText('预订展位（用人单位）')
    await waitFor(() => expect(container.querySelector('.event-detail__choice')).not.toBeNull())
    const choices = container.querySelectorAll('.event-detail__choice')

    fireEvent.click(choices[0])
    expect(choices[0]).toHaveAttribute('aria-checked', 'true')
    fireEvent.click(screen.getByRole('button', { name: /展位（1 个岗位）/ }))

    expect(await screen.findByText('展位审核中')).toBeInTheDocument()
    const booths = backend.rt.runtime.store.all(COLLECTIONS.booths) as unknown as {
      eventId: string
      status: string
      openingIds: string[]
    }[]
    expect(
      booths.find((b) => b.eventId === upcoming.id && b.status === 'pending')?.openingIds,
    ).toHaveLength(1)
  })
})
