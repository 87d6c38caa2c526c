import { render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import StaffStats from '../../src/packages/staff/stats'
import { figureShare, figuresCsv } from '../../src/packages/staff/stats/csv'
import { useStatsStore } from '../../src/stores/stats'
import type { Figure } from '../../types/stats'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend, signInAs } from './backend'

jest.setTimeout(30000)

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())
beforeEach(() => {
  resetTaroStub()
  backend.online()
  useStatsStore.getState().reset()
  signInAs('demo-staff')
})

/** CSV rows as cells (the file has no quoted commas in these columns). */
const csvRows = (csv: string) =>
  csv
    .trim()
    .split('\r\n')
    .map((line) => line.split(','))

describe('统计报表 (page → stats store → call-api → api function)', () => {
  it('shows every figure with the same number and share the CSV export writes', async () => {
    render(<StaffStats />)
    await screen.findByText('统计报表：累计 · 全市 · 全部品牌')
    await screen.findAllByText('看记录 ›')
    const figures: Figure[] = useStatsStore.getState().figures
    expect(figures.length).toBeGreaterThan(15)

    const cards = Array.from(document.querySelectorAll<HTMLElement>('.staff-stats__figure'))
    expect(cards).toHaveLength(figures.length)
    const rows = csvRows(figuresCsv({}, figures)).slice(2)
    figures.forEach((f, i) => {
      const card = within(cards[i])
      expect(card.getByText(f.label)).toBeInTheDocument()
      const [label, value, , target, share] = rows[i]
      expect([label, Number(value)]).toEqual([f.label, f.value])
      if (f.target) {
        // The screen and the file say the same share, with the same rounding.
        expect(card.getByText(`完成 ${share}`)).toBeInTheDocument()
        expect(share).toBe(figureShare(f))
        expect(Number(target)).toBe(f.target)
      } else {
        expect(card.getByText(`${f.value}${f.unit}`)).toBeInTheDocument()
        expect(share).toBe('')
      }
    })
    // Early progress reads with a decimal in both places, never 0%.
    const early = figures.find((f) => f.target && f.value > 0 && f.value / f.target < 0.01)
    expect(early && figureShare(early)).toMatch(/^0\.\d%$/)
  })

  it('opens a figure’s records with the same filter', async () => {
    await useStatsStore.getState().setFilter({ year: 2025, brand: 'mifen' })
    render(<StaffStats />)
    await screen.findByText('统计报表：2025年 · 全市 · 八桂米粉师傅')
    const card = (await screen.findAllByText('看记录 ›'))[0]
    card.click()
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/packages/staff/stats-records/index?key=training.total&year=2025&brand=mifen',
    })
  })

  it('tells someone who is not staff where they are', async () => {
    signInAs('demo-worker')
    render(<StaffStats />)
    expect(await screen.findByText('这是人社局工作人员用的页面')).toBeInTheDocument()
  })
})
