import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { RecruitmentEvent } from '../../types/events'
import { COLLECTIONS } from '../../src/domain/collections'
import { beijingMonth, beijingParts } from '../../src/domain/time'
import { MonthCalendar } from '../../src/packages/events/components/month-calendar'
import { monthGrid, shiftMonth } from '../../src/packages/events/components/month-calendar/grid'
import EventList from '../../src/packages/events/list'
import { useEventsStore } from '../../src/stores/events'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend } from './backend'

function markedDays(container: HTMLElement): number[] {
  return Array.from(container.querySelectorAll('[data-marked="true"]')).map((el) =>
    Number(el.getAttribute('data-day')),
  )
}

describe('MonthCalendar', () => {
  const props = {
    month: '2026-12',
    markedDays: [3, 17],
    today: '2026-11-26',
    onSelectDay: jest.fn(),
    onPrevMonth: jest.fn(),
    onNextMonth: jest.fn(),
  }
  beforeEach(() => jest.clearAllMocks())

  it('marks exactly the days that have events, with a dot and the words 有活动', () => {
    const { container } = render(<MonthCalendar {...props} />)

    expect(screen.getByText('2026年12月')).toBeInTheDocument()
    expect(markedDays(container)).toEqual([3, 17])
    expect(screen.getByLabelText('12月3日 有活动')).toHaveTextContent('●')
    expect(screen.getByLabelText('12月4日')).not.toHaveTextContent('●')
    expect(container.querySelectorAll('[data-day]')).toHaveLength(31)
  })

  it('starts the month on its weekday: 1 December 2026 is a Tuesday', () => {
    const { container } = render(<MonthCalendar {...props} />)

    const firstWeek = container.querySelectorAll('.month-calendar__week')[1]
    const cells = Array.from(firstWeek.children)
    expect(cells[0]).not.toHaveAttribute('data-day')
    expect(cells[1]).not.toHaveAttribute('data-day')
    expect(cells[2]).toHaveAttribute('data-day', '1')
  })

  it('lets a marked day be picked, and picked again to see the whole month', () => {
    const { rerender } = render(<MonthCalendar {...props} />)

    fireEvent.click(screen.getByLabelText('12月4日'))
    expect(props.onSelectDay).not.toHaveBeenCalled()
    fireEvent.click(screen.getByLabelText('12月17日 有活动'))
    expect(props.onSelectDay).toHaveBeenLastCalledWith(17)

    rerender(<MonthCalendar {...props} selectedDay={17} />)
    fireEvent.click(screen.getByLabelText('12月17日 有活动'))
    expect(props.onSelectDay).toHaveBeenLastCalledWith(null)
  })

  it('writes 今天 on today', () => {
    render(<MonthCalendar {...props} month='2026-11' markedDays={[]} />)

    expect(screen.getByLabelText('11月26日 今天')).toHaveTextContent('今天')
  })

  it('moves between months', () => {
    render(<MonthCalendar {...props} />)

    fireEvent.click(screen.getByText('下个月 ›'))
    fireEvent.click(screen.getByText('‹ 上个月'))

    expect(props.onNextMonth).toHaveBeenCalledTimes(1)
    expect(props.onPrevMonth).toHaveBeenCalledTimes(1)
  })
})

describe('month grid', () => {
  it('has 29 days in February 2028 and 28 in February 2027', () => {
    const days = (month: string) =>
      monthGrid(month)
        .flat()
        .filter((d) => d !== null)
    expect(days('2028-02')).toHaveLength(29)
    expect(days('2027-02')).toHaveLength(28)
  })

  it('steps over the new year', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01')
    expect(shiftMonth('2027-01', -1)).toBe('2026-12')
  })
})

describe('events calendar page over the local runtime', () => {
  let backend: Awaited<ReturnType<typeof connectBackend>>
  let seeded: RecruitmentEvent[]

  beforeAll(async () => {
    backend = await connectBackend()
    seeded = backend.rt.runtime.store.all(COLLECTIONS.events) as unknown as RecruitmentEvent[]
  })
  afterAll(() => backend.rt.close())
  beforeEach(() => {
    resetTaroStub()
    backend.online()
    useEventsStore.setState({
      month: beijingMonth(),
      filters: {},
      items: [],
      days: [],
      status: 'idle',
    })
  })

  /** Days of `month` on which a listed event (published or cancelled) starts, in Beijing time. */
  function expectedDays(month: string, keep: (e: RecruitmentEvent) => boolean = () => true) {
    const days = seeded
      .filter((e) => e.status !== 'draft' && beijingMonth(e.startAt) === month && keep(e))
      .map((e) => beijingParts(e.startAt).day)
    return [...new Set(days)].sort((a, b) => a - b)
  }

  /** A month of the seed that has events (the seed spreads them over the weeks around today). */
  function busyMonth(): string {
    const months = seeded.map((e) => beijingMonth(e.startAt))
    return months.sort(
      (a, b) => months.filter((m) => m === b).length - months.filter((m) => m === a).length,
    )[0]
  }

  it('marks the days on which the month’s events start, and lists them', async () => {
    const month = busyMonth()
    useEventsStore.setState({ month })
    const { container } = render(<EventList />)

    const expected = expectedDays(month)
    expect(expected.length).toBeGreaterThan(1)
    await waitFor(() => expect(markedDays(container)).toEqual(expected))
    const count = seeded.filter((e) => beijingMonth(e.startAt) === month).length
    expect(screen.getByText(`${Number(month.slice(5))}月共 ${count} 场活动`)).toBeInTheDocument()
    expect(container.querySelectorAll('.event-card')).toHaveLength(count)
  })

  it('marks only the days of 八桂家政 offline events once those filters are picked', async () => {
    const month = busyMonth()
    useEventsStore.setState({ month })
    const { container } = render(<EventList />)
    await waitFor(() => expect(markedDays(container)).toEqual(expectedDays(month)))

    await act(() => useEventsStore.getState().setFilters({ brand: 'jiazheng', mode: 'offline' }))

    const expected = expectedDays(month, (e) => e.brand === 'jiazheng' && e.mode === 'offline')
    expect(markedDays(container)).toEqual(expected)
    const cards = container.querySelectorAll('.event-card')
    expect(cards).toHaveLength(
      seeded.filter(
        (e) => beijingMonth(e.startAt) === month && e.brand === 'jiazheng' && e.mode === 'offline',
      ).length,
    )
    cards.forEach((card) => {
      expect(card).toHaveTextContent('八桂家政')
      expect(card).toHaveTextContent('线下')
    })
  })

  it('lists only the picked day’s events after tapping a marked day', async () => {
    const month = busyMonth()
    useEventsStore.setState({ month })
    const { container } = render(<EventList />)
    const [day] = expectedDays(month)
    await waitFor(() => expect(markedDays(container)).toContain(day))

    fireEvent.click(container.querySelector(`[data-day="${day}"]`) as Element)

    const onDay = seeded.filter(
      (e) => beijingMonth(e.startAt) === month && beijingParts(e.startAt).day === day,
    )
    expect(container.querySelectorAll('.event-card')).toHaveLength(onDay.length)
    expect(screen.getByText(onDay[0].title)).toBeInTheDocument()
    expect(screen.getByText('看整个月')).toBeInTheDocument()
  })
})
