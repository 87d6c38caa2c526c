import { fireEvent, render, screen } from '@testing-library/react'
import type { CourseListItem } from '../../types/training'
import { CourseCard } from '../../src/components/course-card'

const course = (over: Partial<CourseListItem> = {}): CourseListItem => ({
  id: 'c1',
  title: '传统螺蛳粉烹制（五级）培训班·柳南',
  brand: 'mifen',
  occupation: '传统螺蛳粉烹制',
  county: '柳南区',
  mode: 'offline',
  capacity: 20,
  seatsLeft: 12,
  startAt: '2026-12-03T09:00:00+08:00',
  deadline: '2026-12-01T18:00:00+08:00',
  providerName: '柳州螺蛳粉产业示例培训中心',
  fee: 0,
  certificateName: '螺蛳粉制作专项职业能力证书',
  ...over,
})

const seatLine = () => screen.getByText(/名额/)

describe('CourseCard', () => {
  it('shows what a worker needs to choose: brand, 工种, place, start in Beijing time, free, certificate', () => {
    render(<CourseCard course={course()} />)

    expect(screen.getByText('八桂米粉师傅')).toBeInTheDocument()
    expect(screen.getByText('传统螺蛳粉烹制')).toBeInTheDocument()
    expect(screen.getByText('免费')).toBeInTheDocument()
    expect(screen.getByText('12月3日 周四 上午9点 开课')).toBeInTheDocument()
    expect(screen.getByText('柳南 · 线下 · 柳州螺蛳粉产业示例培训中心')).toBeInTheDocument()
    expect(screen.getByText('结业可考：螺蛳粉制作专项职业能力证书')).toBeInTheDocument()
  })

  it('shows the fee in yuan when the course is not free', () => {
    render(<CourseCard course={course({ fee: 1200 })} />)

    expect(screen.getByText('收费 1200 元')).toBeInTheDocument()
    expect(screen.queryByText('免费')).not.toBeInTheDocument()
  })

  it('writes seats left in plain words, not red, while more than 5 are left', () => {
    render(<CourseCard course={course({ seatsLeft: 6 })} />)

    expect(seatLine()).toHaveTextContent('还剩 6 个名额')
    expect(seatLine()).not.toHaveClass('course-card__seats--few')
  })

  it.each([5, 1])('turns red and says 快满了 at %i seats left', (seatsLeft) => {
    render(<CourseCard course={course({ seatsLeft })} />)

    expect(seatLine()).toHaveTextContent(`还剩 ${seatsLeft} 个名额 · 快满了`)
    expect(seatLine()).toHaveClass('course-card__seats--few')
  })

  it('says a full course can still be joined on the waitlist, in red', () => {
    render(<CourseCard course={course({ seatsLeft: 0 })} />)

    expect(seatLine()).toHaveTextContent('名额已满，可以排队候补')
    expect(seatLine()).toHaveClass('course-card__seats--few')
  })

  it('opens the course when tapped', () => {
    const onClick = jest.fn()
    render(<CourseCard course={course()} onClick={onClick} />)

    fireEvent.click(screen.getByText('传统螺蛳粉烹制（五级）培训班·柳南'))

    expect(onClick).toHaveBeenCalledTimes(1)
  })
})
