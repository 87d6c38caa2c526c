import { fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { RecruitmentEvent } from '../../types/events'
import { COLLECTIONS } from '../../src/domain/collections'
import { UpcomingEvents } from '../../src/pages/home/upcoming-events'
import { useEventsStore } from '../../src/stores/events'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend } from './backend'

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())
beforeEach(() => {
  resetTaroStub()
  backend.online()
  useEventsStore.setState({ upcoming: [], upcomingStatus: 'idle', upcomingError: null })
})

describe('home page: upcoming events', () => {
  it('shows the next three events, soonest first, and 查看全部 opens the calendar', async () => {
    const now = Date.now()
    const next = (backend.rt.runtime.store.all(COLLECTIONS.events) as unknown as RecruitmentEvent[])
      .filter((e) => e.status !== 'draft' && Date.parse(e.endAt) > now)
      .sort((a, b) => Date.parse(a.startAt) - Date.parse(b.startAt))
      .slice(0, 3)
    const { container } = render(<UpcomingEvents />)

    expect(screen.getByText('正在加载…')).toBeInTheDocument()
    await screen.findByText(next[0].title)
    const titles = Array.from(container.querySelectorAll('.event-card__title')).map(
      (el) => el.textContent,
    )
    expect(titles).toEqual(next.map((e) => e.title))

    fireEvent.click(screen.getByText('查看全部'))
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/events/list/index' })
  })

  it('says the network is bad, with 重试', async () => {
    backend.offline()
    render(<UpcomingEvents />)

    expect(
      await screen.findByText('网络不太好，请检查网络后重试', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    backend.online()
    fireEvent.click(screen.getByText('重试'))
    expect(await screen.findAllByText(/家单位/)).toHaveLength(3)
  })
})
