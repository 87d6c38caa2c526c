import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import StaffTrainingList from '../../src/packages/staff/training-list'
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
})

/** What the public training list shows for 八桂家政 now. */
async function publicJiazheng(): Promise<string[]> {
  const res = await backend.rt.api(null, 'catalog/occupations')
  if (!res.ok) throw new Error(res.message)
  return (res.data.find((g) => g.brand === 'jiazheng')?.items ?? []).map((i) => i.occupation)
}

async function rowOf(occupation: string): Promise<HTMLElement> {
  const name = await screen.findByText(occupation)
  return name.closest('.training-list__row') as HTMLElement
}

describe('培训清单管理', () => {
  it('staff stop an occupation, it leaves the public list; restore brings it back', async () => {
    signInAs('demo-staff')
    expect(await publicJiazheng()).toContain('病患陪护工')
    render(<StaffTrainingList />)

    let row = await rowOf('病患陪护工')
    expect(within(row).getByText('培训中')).toBeInTheDocument()
    fireEvent.click(within(row).getByRole('button', { name: '停止培训' }))

    await screen.findByText('已停止培训：病患陪护工')
    expect(Taro.showModal).toHaveBeenCalledTimes(1)
    row = await rowOf('病患陪护工')
    expect(within(row).getByText('已停止')).toBeInTheDocument()
    expect(await publicJiazheng()).not.toContain('病患陪护工')

    fireEvent.click(within(row).getByRole('button', { name: '恢复培训' }))
    await screen.findByText('已恢复培训：病患陪护工')
    // Restoring asks nothing: it cannot hurt anyone.
    expect(Taro.showModal).toHaveBeenCalledTimes(1)
    expect(within(await rowOf('病患陪护工')).getByText('培训中')).toBeInTheDocument()
    expect(await publicJiazheng()).toContain('病患陪护工')
  })

  it('nothing changes when staff answer 再想想', async () => {
    signInAs('demo-staff')
    ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
    render(<StaffTrainingList />)

    const row = await rowOf('养老护理员')
    fireEvent.click(within(row).getByRole('button', { name: '停止培训' }))
    // Let the answer to the question come back before looking.
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0))
    })
    expect(Taro.showModal).toHaveBeenCalledTimes(1)
    const routes = backend.request.mock.calls.map(
      ([o]) => (o as { data: { route: string } }).data.route,
    )
    expect(routes).not.toContain('staff/training-list/save')
    expect(within(row).getByText('培训中')).toBeInTheDocument()
    expect(await publicJiazheng()).toContain('养老护理员')
  })

  it('staff add a new occupation by name; a name too short is refused before sending', async () => {
    signInAs('demo-staff')
    render(<StaffTrainingList />)
    await screen.findByText('八桂家政')
    const card = screen.getByText('八桂家政').closest('.training-list__brand') as HTMLElement

    fireEvent.click(within(card).getByRole('button', { name: '添加工种' }))
    // Every plan occupation of 八桂家政 is already listed: only typing a new name is left.
    expect(within(card).getByText('其他工种（自己填写）')).toBeInTheDocument()
    const box = within(card).getByPlaceholderText('写上工种名称')
    fireEvent.input(box, { target: { value: ' 育 ' } })
    fireEvent.click(within(card).getByRole('button', { name: '加入培训清单' }))
    expect(within(card).getByText('工种名称至少2个字')).toBeInTheDocument()

    fireEvent.input(box, { target: { value: '  整理收纳师 ' } })
    fireEvent.click(within(card).getByRole('button', { name: '加入培训清单' }))
    await within(card).findByText('已加入培训清单：整理收纳师')
    expect(within(await rowOf('整理收纳师')).getByText('培训中')).toBeInTheDocument()
    expect(await publicJiazheng()).toContain('整理收纳师')
  })

  it('a worker sees that the page is for staff only', async () => {
    signInAs('demo-worker')
    render(<StaffTrainingList />)

    expect(await screen.findByText('这是人社局工作人员用的页面')).toBeInTheDocument()
    expect(screen.queryByText('重试')).not.toBeInTheDocument()
    expect(screen.queryByText('添加工种')).not.toBeInTheDocument()
  })
})
