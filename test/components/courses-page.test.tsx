import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Courses from '../../src/pages/courses'
import { useCourseStore } from '../../src/stores/training'
import { firePageEvent, resetTaroStub } from '../stubs/taro'
import { connectBackend } from './backend'

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())

const blank = () =>
  useCourseStore.setState({
    filters: {},
    lists: {},
    listLoad: { status: 'idle', error: null },
    moreLoad: { status: 'idle', error: null },
  })

beforeEach(() => {
  resetTaroStub()
  backend.online()
  blank()
})

const courseCalls = () =>
  backend.request.mock.calls.filter(
    ([o]) => (o as { data: { route: string } }).data.route === 'catalog/courses',
  )

describe('培训 tab (page → store → call-api → api function → database)', () => {
  it('shows the first page with one call, and one more call per page at the bottom', async () => {
    render(<Courses />)

    expect(await screen.findByText(/共 \d+ 门课程可以报名/)).toBeInTheDocument()
    expect(screen.getAllByText(/开课$/)).toHaveLength(20)
    expect(courseCalls()).toHaveLength(1)

    await act(async () => firePageEvent('reachBottom'))
    await screen.findByText('没有更多了')

    expect(courseCalls()).toHaveLength(2)
    expect(screen.getAllByText(/开课$/).length).toBeGreaterThan(20)
  })

  it('searches by keyword and offers to clear the filters when nothing matches', async () => {
    render(<Courses />)
    await screen.findByText(/共 \d+ 门课程可以报名/)

    fireEvent.input(screen.getByPlaceholderText('搜课程名、工种或培训学校'), {
      target: { value: '没有这种课' },
    })
    fireEvent.click(screen.getByText('搜索'))

    expect(await screen.findByText('没有找到符合条件的课程')).toBeInTheDocument()
    expect(screen.getByText('换个条件试试')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '清空筛选' }))
    expect(await screen.findByText(/共 \d+ 门课程可以报名/)).toBeInTheDocument()
  })

  it('keeps showing the last loaded courses offline, with a notice and 重试', async () => {
    const first = render(<Courses />)
    await screen.findByText(/共 \d+ 门课程可以报名/)
    const shownBefore = screen.getAllByText(/开课$/).length
    first.unmount()
    const saved = Taro.getStorageSync('courses') as string

    // The app starts again without a network: the list comes back from the phone's storage.
    blank()
    Taro.setStorageSync('courses', saved)
    await act(() => useCourseStore.persist.rehydrate())
    backend.offline()
    render(<Courses />)

    expect(
      await screen.findByText('当前没有网络，显示的是上次看到的内容', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(screen.getAllByText(/开课$/)).toHaveLength(shownBefore)

    backend.online()
    fireEvent.click(screen.getByText('重试'))
    await screen.findByText(/共 \d+ 门课程可以报名/)
    expect(screen.queryByText('当前没有网络，显示的是上次看到的内容')).not.toBeInTheDocument()
  })

  it('says what went wrong with 重试 when nothing was ever loaded', async () => {
    backend.offline()
    render(<Courses />)

    expect(
      await screen.findByText('网络不太好，请检查网络后重试', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    backend.online()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))

    expect(await screen.findByText(/共 \d+ 门课程可以报名/)).toBeInTheDocument()
  })
})
