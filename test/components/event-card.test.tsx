import { fireEvent, render, screen } from '@testing-library/react'
import type { EventListItem } from '../../types/events'
import { EventCard } from '../../src/components/event-card'

function event(overrides: Partial<EventListItem> = {}): EventListItem {
  return {
    id: 'evt-1',
    title: '家政养老护理岗位专场招聘会',
    brand: 'jiazheng',
    mode: 'offline',
    county: '鱼峰区',
    venue: {
      name: '鱼峰区人力资源市场',
      address: '鱼峰区荣军路 1 号',
      county: '鱼峰区',
      point: { latitude: 24.31, longitude: 109.45 },
    },
    organiser: '柳州市人力资源和社会保障局',
    startAt: '2026-12-03T09:00:00+08:00',
    endAt: '2026-12-03T12:00:00+08:00',
    description: '',
    status: 'published',
    employerIds: ['e1', 'e2', 'e3'],
    openingIds: ['o1', 'o2', 'o3', 'o4', 'o5', 'o6'],
    signupCount: 4,
    employerCount: 3,
    openingCount: 6,
    past: false,
    ...overrides,
  }
}

describe('EventCard', () => {
  it('shows the date block, title, 线下, place, and how many employers and openings', () => {
    const { container } = render(<EventCard event={event()} />)

    expect(container.querySelector('.event-card__month')).toHaveTextContent('12月')
    expect(container.querySelector('.event-card__day')).toHaveTextContent('3')
    expect(screen.getByText('家政养老护理岗位专场招聘会')).toBeInTheDocument()
    expect(screen.getByText('12月3日 周四 上午9点')).toBeInTheDocument()
    expect(screen.getByText('线下')).toBeInTheDocument()
    expect(screen.getByText('八桂家政')).toBeInTheDocument()
    expect(screen.getByText('鱼峰区 · 鱼峰区人力资源市场')).toBeInTheDocument()
    expect(screen.getByText('3 家单位 · 6 个岗位')).toBeInTheDocument()
    expect(screen.queryByText('已结束')).not.toBeInTheDocument()
    expect(container.querySelector('.event-card--past')).toBeNull()
  })

  it('dates the card by the Beijing day, not the UTC one', () => {
    // 00:30 on 1 December in Beijing is still 30 November in UTC.
    const { container } = render(
      <EventCard event={event({ startAt: '2026-12-01T00:30:00+08:00' })} />,
    )

    expect(container.querySelector('.event-card__month')).toHaveTextContent('12月')
    expect(container.querySelector('.event-card__day')).toHaveTextContent('1')
    expect(screen.getByText('12月1日 周二 凌晨0点30分')).toBeInTheDocument()
  })

  it('marks an online event 线上 and says it is watched on the phone', () => {
    render(<EventCard event={event({ mode: 'online', venue: undefined, county: undefined })} />)

    expect(screen.getByText('线上')).toBeInTheDocument()
    expect(screen.queryByText('线下')).not.toBeInTheDocument()
    expect(screen.getByText('线上直播，在手机上看')).toBeInTheDocument()
  })

  it('greys a past event and shows its results in words', () => {
    const { container } = render(
      <EventCard event={event({ past: true, results: { attended: 120, offers: 18 } })} />,
    )

    expect(container.querySelector('.event-card--past')).not.toBeNull()
    expect(screen.getByText('已结束')).toBeInTheDocument()
    expect(screen.getByText('到场 120 人 · 达成意向 18 人')).toBeInTheDocument()
  })

  it('says a cancelled event is cancelled', () => {
    const { container } = render(<EventCard event={event({ status: 'cancelled' })} />)

    expect(screen.getByText('已取消')).toBeInTheDocument()
    expect(container.querySelector('.event-card--past')).not.toBeNull()
  })

  it('opens the event when tapped', () => {
    const onClick = jest.fn()
    render(<EventCard event={event()} onClick={onClick} />)

    fireEvent.click(screen.getByText('家政养老护理岗位专场招聘会'))

    expect(onClick).toHaveBeenCalledTimes(1)
  })
})
