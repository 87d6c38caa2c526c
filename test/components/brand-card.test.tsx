import { fireEvent, render, screen } from '@testing-library/react'
import { BrandCard } from '../../src/components/brand-card'
import { BRAND_LINES } from '../../src/domain/brands'
import type { Brand } from '../../types/catalog'

const mifen = BRAND_LINES.find((b) => b.id === 'mifen')!

const brand = (progress: Brand['progress']): Brand => ({ ...mifen, progress })

describe('BrandCard', () => {
  it('shows the name, occupations, both targets and how far each has come', () => {
    render(<BrandCard brand={brand({ training: 2000, employment: 4500 })} />)

    expect(screen.getByText('八桂米粉师傅')).toBeInTheDocument()
    expect(screen.getByText('传统螺蛳粉烹制')).toBeInTheDocument()
    expect(screen.getByText('等9个工种')).toBeInTheDocument()
    expect(screen.getByText('培训目标 8000人次')).toBeInTheDocument()
    expect(screen.getByText('已培训 2000人次')).toBeInTheDocument()
    expect(screen.getByText('25%')).toBeInTheDocument()
    expect(screen.getByText('就业目标 3万人次')).toBeInTheDocument()
    expect(screen.getByText('已带动 4500人次')).toBeInTheDocument()
    expect(screen.getByText('15%')).toBeInTheDocument()
  })

  it('never shows more than 100% when progress passes the target', () => {
    render(<BrandCard brand={brand({ training: 9000, employment: 0 })} />)

    expect(screen.getByText('100%')).toBeInTheDocument()
    expect(screen.getByText('0%')).toBeInTheDocument()
  })

  it('shows where in the plan each target comes from on tap', () => {
    render(<BrandCard brand={brand({ training: 0, employment: 0 })} />)
    const source = mifen.targets.training.source
    expect(screen.queryByText(source)).not.toBeInTheDocument()

    fireEvent.click(screen.getByText('目标依据'))

    expect(screen.getByText(source)).toBeInTheDocument()
    expect(screen.getByText(mifen.targets.employment.source)).toBeInTheDocument()
  })
})
