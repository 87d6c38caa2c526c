import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { JobCard } from '../../src/components/job-card'
import { RecommendationCard } from '../../src/components/job-card/recommendation-card'
import type { MyRecommendation, OpeningSummary } from '../../types/jobs'
import { useCareStore } from '../../src/stores/care'
import { resetTaroStub } from '../stubs/taro'

const opening: OpeningSummary = {
  id: 'o1',
  title: '螺蛳粉店厨师',
  employerName: '柳州示例螺蛳粉食品有限公司',
  brand: 'mifen',
  occupation: '传统螺蛳粉烹制',
  payMin: 4000,
  payMax: 6000,
  county: '柳南区',
  place: '柳南区',
  benefits: { board: true, lodging: false, socialInsurance: true },
  expiresAt: '2027-01-10T23:59:00+08:00',
}

const REASON = '你学过传统螺蛳粉烹制 · 离家近 · 工资符合期望'

beforeEach(() => {
  resetTaroStub()
  useCareStore.setState({ enabled: false })
})

describe('JobCard', () => {
  it('shows title, employer with 已认证, monthly pay, place and only the benefits the job gives', () => {
    render(<JobCard opening={opening} verified />)

    expect(screen.getByText('螺蛳粉店厨师')).toBeInTheDocument()
    expect(screen.getByText('柳州示例螺蛳粉食品有限公司')).toBeInTheDocument()
    expect(screen.getByText('已认证')).toBeInTheDocument()
    expect(screen.getByText('4000–6000元/月')).toBeInTheDocument()
    expect(screen.getByText('工作地点：柳南区 · 传统螺蛳粉烹制')).toBeInTheDocument()
    expect(screen.getByText('包吃')).toBeInTheDocument()
    expect(screen.getByText('五险')).toBeInTheDocument()
    expect(screen.queryByText('包住')).not.toBeInTheDocument()
  })

  it('does not claim 已认证 for an employer that is not verified', () => {
    render(<JobCard opening={opening} verified={false} />)
    expect(screen.queryByText('已认证')).not.toBeInTheDocument()
  })

  it('names the place outside Liuzhou and a single pay figure', () => {
    const { county: _c, ...outside } = opening
    render(
      <JobCard opening={{ ...outside, place: '广东湛江', payMin: 5000, payMax: 5000 }} verified />,
    )
    expect(screen.getByText('工作地点：广东湛江 · 传统螺蛳粉烹制')).toBeInTheDocument()
    expect(screen.getByText('5000元/月')).toBeInTheDocument()
  })

  it('shows the reason line only for a recommendation', () => {
    const { rerender } = render(<JobCard opening={opening} verified />)
    expect(screen.queryByText(/推荐理由/)).not.toBeInTheDocument()

    rerender(<JobCard opening={opening} verified reason={REASON} />)
    expect(screen.getByText(`推荐理由：${REASON}`)).toBeInTheDocument()
  })

  it('carries the fee warning; 举报 opens the report form about this opening, not the job', () => {
    const open = jest.fn()
    render(<JobCard opening={opening} verified onClick={open} />)

    expect(screen.getByText('求职不收费，收费即违规')).toBeInTheDocument()
    fireEvent.click(screen.getByText('举报'))

    const url = (Taro.navigateTo as jest.Mock).mock.calls.at(-1)?.[0].url as string
    expect(url).toMatch(/^\/packages\/rights\/report\/index\?targetType=opening&targetId=/)
    expect(decodeURIComponent(url)).toContain(opening.title)
    expect(open).not.toHaveBeenCalled()
    fireEvent.click(screen.getByText('螺蛳粉店厨师'))
    expect(open).toHaveBeenCalledTimes(1)
  })
})

describe('JobCard in 关怀模式', () => {
  it('has 读一读, which gives the whole card in sentences, reason and fee warning included', () => {
    render(<JobCard opening={opening} verified reason={REASON} />)
    expect(screen.queryByText('读一读')).not.toBeInTheDocument()

    act(() => useCareStore.setState({ enabled: true }))
    fireEvent.click(screen.getByText('读一读'))

    expect(
      screen.getByText(
        '螺蛳粉店厨师。柳州示例螺蛳粉食品有限公司，已认证。月薪4000到6000元。工作地点：柳南区。包吃、五险。' +
          '推荐理由：你学过传统螺蛳粉烹制，离家近，工资符合期望。找工作不收费，收费就是违规。',
      ),
    ).toBeInTheDocument()
  })
})

describe('RecommendationCard', () => {
  const rec: MyRecommendation = {
    openingId: 'o1',
    score: 80,
    reason: REASON,
    outcome: 'pending',
    createdAt: '2026-11-20T10:00:00+08:00',
    opening,
  }

  const renderCard = (props: Partial<Parameters<typeof RecommendationCard>[0]> = {}) => {
    const handlers = {
      onOpen: jest.fn(),
      onApply: jest.fn(),
      onDismiss: jest.fn(() => Promise.resolve()),
    }
    render(
      <RecommendationCard
        recommendation={rec}
        applied={false}
        applying={false}
        {...handlers}
        {...props}
      />,
    )
    return handlers
  }

  it('offers 申请 and 不合适; 申请 applies without opening the job', () => {
    const { onApply, onOpen } = renderCard()
    expect(screen.getByText(`推荐理由：${REASON}`)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '申请' }))

    expect(onApply).toHaveBeenCalledTimes(1)
    expect(onOpen).not.toHaveBeenCalled()
  })

  it('不合适 asks why with the four reasons and sends the one picked', async () => {
    const { onDismiss } = renderCard()

    fireEvent.click(screen.getByRole('button', { name: '不合适' }))
    for (const r of ['离家太远', '工资太低', '不想做这个工种', '其他']) {
      expect(screen.getByRole('button', { name: r })).toBeInTheDocument()
    }
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '工资太低' }))
    })

    expect(onDismiss).toHaveBeenCalledWith('工资太低')
  })

  it('shows 已申请 instead of the buttons once applied', () => {
    renderCard({ applied: true })
    expect(screen.getByText('已申请')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: '申请' })).not.toBeInTheDocument()
  })
})
