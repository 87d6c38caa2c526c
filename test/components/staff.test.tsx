import { fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import StaffEmployers from '../../src/packages/staff/employers'
import StaffHome from '../../src/packages/staff/home'
import { sharePercent } from '../../src/components/progress-bar'
import { progressCsv } from '../../src/packages/staff/home/csv'
import { formatCount } from '../../src/components/brand-card/format'
import { BRAND_LINES } from '../../src/domain/brands'
import { useStaffStore } from '../../src/stores/staff'
import type { Employer } from '../../types/jobs'
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
  useStaffStore.getState().reset()
  signInAs('demo-staff')
})

async function pendingEmployers(): Promise<Employer[]> {
  const res = await backend.rt.api('demo-staff', 'staff/employer/list', { status: 'pending' })
  if (!res.ok) throw new Error(res.message)
  return res.data
}

describe('人社局工作台 (page → staff store → call-api → api function)', () => {
  it('shows every brand against both plan targets with the plan text, the totals and events against 15', async () => {
    render(<StaffHome />)

    await screen.findByText('人社局工作台')
    const brands = await backend.rt.api(null, 'catalog/brands')
    if (!brands.ok) throw new Error(brands.message)
    expect(brands.data).toHaveLength(4)
    for (const b of brands.data) {
      const card = screen.getByText(b.name).closest('.card') as HTMLElement
      const { training, employment } = b.targets
      expect(
        within(card).getByText(
          `${b.progress.training}人次 / 目标 ${formatCount(training.value)}人次`,
        ),
      ).toBeInTheDocument()
      expect(
        within(card).getByText(
          `${b.progress.employment}人次 / 目标 ${formatCount(employment.value)}人次`,
        ),
      ).toBeInTheDocument()
      expect(within(card).getByText(`依据：${training.source}`)).toBeInTheDocument()
      expect(within(card).getByText(`依据：${employment.source}`)).toBeInTheDocument()
    }
    expect(screen.getByText(/人次 \/ 目标 2万人次$/)).toBeInTheDocument()
    expect(screen.getByText(/人次 \/ 目标 6\.5万人次$/)).toBeInTheDocument()
    expect(screen.getByText('依据：二、主要目标：累计培训2万人次以上')).toBeInTheDocument()

    const events = await backend.rt.api('demo-staff', 'staff/events/progress')
    if (!events.ok) throw new Error(events.message)
    expect(screen.getByText(`${events.data.total}场 / 目标 15场`)).toBeInTheDocument()
  })

  it('runs 立即匹配推送, shows that it is working, then the numbers of the pass', async () => {
    render(<StaffHome />)
    const button = await screen.findByRole('button', { name: '立即匹配推送' })

    fireEvent.click(button)
    expect(screen.getByRole('button', { name: '正在匹配推送…' })).toHaveAttribute('aria-busy')

    const result = await screen.findByText(
      /^匹配完成：为 \d+ 名学员匹配，新推荐 \d+ 条/,
      {},
      { timeout: 20000 },
    )
    const run = useStaffStore.getState().matchRun!
    expect(result).toHaveTextContent(
      `为 ${run.trainees} 名学员匹配，新推荐 ${run.recommendations} 条`,
    )
    expect(run.trainees).toBeGreaterThan(0)
  })

  it('exports the per-brand table with a 合计 row against the plan totals', () => {
    const brands = BRAND_LINES.map((b, i) => ({
      ...b,
      progress: { training: 1000 * (i + 1), employment: 0 },
    }))
    const lines = progressCsv(brands).trim().split('\r\n')

    expect(lines).toHaveLength(1 + BRAND_LINES.length + 1)
    expect(lines[1]).toMatch(/^八桂米粉师傅,8000,1000,13%,30000,0,0%,/)
    expect(lines[5]).toMatch(/^合计,20000,10000,50%,65000,0,0%,二、主要目标：累计培训2万人次以上,/)
  })

  it('writes early progress with a decimal so it does not read as 0%', () => {
    expect(sharePercent(45, 20000)).toBe('0.2%')
    expect(sharePercent(1, 65000)).toBe('0.1%')
    expect(sharePercent(0, 8000)).toBe('0%')
    expect(sharePercent(1234, 4000)).toBe('31%')
    expect(sharePercent(9000, 8000)).toBe('100%')
  })

  it('on the mini-program the export goes to the clipboard and says so', async () => {
    const setClipboardData = jest.fn(() => Promise.resolve())
    Object.assign(Taro, { setClipboardData })
    render(<StaffHome />)
    await screen.findByText('各品牌进度')

    process.env.TARO_ENV = 'weapp'
    try {
      fireEvent.click(screen.getByText('导出表格'))
      expect(await screen.findByText('表格内容已复制，可以粘贴到电子表格里')).toBeInTheDocument()
    } finally {
      process.env.TARO_ENV = 'h5'
    }
    const [[{ data }]] = setClipboardData.mock.calls as unknown as [[{ data: string }]]
    expect(data.split('\r\n')[0]).toMatch(/^品牌,培训目标（人次）/)
    expect(data).toContain('合计,20000,')
  })

  it('tells someone who is not staff where they are, with a way back instead of 重试', async () => {
    signInAs('demo-worker')
    render(<StaffHome />)

    expect(await screen.findByText('这是人社局工作人员用的页面')).toBeInTheDocument()
    expect(screen.queryByText('各品牌进度')).not.toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '回到我的' }))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/me/index' })
  })
})

describe('用人单位审核', () => {
  it('lists pending employers with 统一社会信用代码 and contact; 不通过 needs a picked reason', async () => {
    const [first] = await pendingEmployers()
    render(<StaffEmployers />)

    const card = (await screen.findByText(first.name)).closest('.card') as HTMLElement
    expect(within(card).getByText(first.uscc)).toBeInTheDocument()
    expect(within(card).getByText(new RegExp(first.contact))).toBeInTheDocument()

    fireEvent.click(within(card).getByRole('button', { name: '不通过' }))
    const confirm = within(card).getByRole('button', { name: '确认不通过' })
    expect(confirm).toBeDisabled()
    fireEvent.click(within(card).getByText('联系人或电话无法核实'))
    fireEvent.input(within(card).getByRole('textbox'), { target: { value: '电话打不通' } })
    fireEvent.click(confirm)

    expect(
      await screen.findByText(
        `「${first.name}」未通过：联系人或电话无法核实：电话打不通。单位会收到消息`,
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(first.uscc)).not.toBeInTheDocument()
    const refused = await backend.rt.api('demo-staff', 'staff/employer/list', { status: 'refused' })
    if (!refused.ok) throw new Error(refused.message)
    expect(refused.data.find((e) => e.id === first.id)?.refuseReason).toBe(
      '联系人或电话无法核实：电话打不通',
    )
  })

  it('其他 needs the reason written out', async () => {
    const [first] = await pendingEmployers()
    render(<StaffEmployers />)
    const card = (await screen.findByText(first.name)).closest('.card') as HTMLElement

    fireEvent.click(within(card).getByRole('button', { name: '不通过' }))
    fireEvent.click(within(card).getByText('其他'))

    expect(within(card).getByText('选了“其他”，请写明原因')).toBeInTheDocument()
    expect(within(card).getByRole('button', { name: '确认不通过' })).toBeDisabled()
  })

  it('通过 asks to confirm, then the employer is verified and leaves the list', async () => {
    const [first] = await pendingEmployers()
    render(<StaffEmployers />)
    const card = (await screen.findByText(first.name)).closest('.card') as HTMLElement

    fireEvent.click(within(card).getByRole('button', { name: '通过' }))

    expect(
      await screen.findByText(`已通过「${first.name}」，单位会收到消息，现在可以发布岗位`),
    ).toBeInTheDocument()
    expect(Taro.showModal).toHaveBeenCalled()
    expect((await pendingEmployers()).some((e) => e.id === first.id)).toBe(false)
  })
})
