import { fireEvent, render, screen, within } from '@testing-library/react'
import StaffCoverage from '../../src/packages/staff/coverage'
import { useStaffStore } from '../../src/stores/staff'
import type { MatchCoverage } from '../../types/jobs'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend, signInAs } from './backend'

jest.setTimeout(20000)

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())
beforeEach(() => {
  resetTaroStub()
  backend.online()
  useStaffStore.getState().reset()
  signInAs('demo-staff')
})

async function coverage(): Promise<MatchCoverage> {
  const res = await backend.rt.api('demo-staff', 'staff/match/coverage')
  if (!res.ok) throw new Error(res.message)
  return res.data
}

const items = () => document.querySelectorAll('.staff-coverage__item')

describe('推荐覆盖 (before any matching pass: every trainee is short)', () => {
  it('counts trainees with 3 or more and lists the others with the reason in words', async () => {
    const now = await coverage()
    expect(now.short.length).toBeGreaterThan(50)
    render(<StaffCoverage />)

    await screen.findByText(
      `学员 ${now.trainees} 人，已推荐满3次 ${now.withThreeOrMore} 人，不满3次 ${now.short.length} 人`,
    )
    const first = now.short[0]
    const card = items()[0] as HTMLElement
    expect(within(card).getByText(first.name)).toBeInTheDocument()
    expect(within(card).getByText('有合适岗位，等下次匹配')).toBeInTheDocument()
    expect(
      within(card).getByText(new RegExp(`^已推荐 ${first.live} 次，还差 ${3 - first.live} 次`)),
    ).toBeInTheDocument()

    // 50 at a time on a phone; the rest one tap away.
    expect(items()).toHaveLength(50)
    fireEvent.click(screen.getByRole('button', { name: /^再显示/ }))
    expect(items()).toHaveLength(Math.min(100, now.short.length))
  })

  it('filters by reason, with what to do about it, and an empty reason says so', async () => {
    const now = await coverage()
    render(<StaffCoverage />)
    await screen.findByText(/^学员 \d+ 人/)

    fireEvent.click(screen.getByText('没有合适岗位 0'))
    expect(screen.getByText('这一类没有学员')).toBeInTheDocument()
    expect(screen.getByText(/^怎么办：联系用人单位发布对口岗位/)).toBeInTheDocument()

    fireEvent.click(screen.getByRole('button', { name: '看全部' }))
    expect(items()).toHaveLength(Math.min(50, now.short.length))
  })
})
