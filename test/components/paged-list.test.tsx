import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { PagedList, type PagedListProps } from '../../src/components/paged-list'
import { firePageEvent, resetTaroStub } from '../stubs/taro'

type Item = { id: string; title: string }

const items: Item[] = [
  { id: 'a', title: '养老护理员培训' },
  { id: 'b', title: '砌筑工培训' },
]

function renderList(overrides: Partial<PagedListProps<Item>> = {}) {
  const props: PagedListProps<Item> = {
    items,
    renderItem: (item) => <span>{item.title}</span>,
    keyOf: (item) => item.id,
    status: 'ready',
    hasMore: true,
    onRefresh: jest.fn(() => Promise.resolve()),
    onLoadMore: jest.fn(),
    emptyMessage: '没有找到培训',
    emptyNextStep: '换个条件试试',
    ...overrides,
  }
  render(<PagedList {...props} />)
  return props
}

beforeEach(resetTaroStub)

describe('PagedList', () => {
  it('reloads on pull-down and stops the spinner when done', async () => {
    const props = renderList()

    await act(async () => firePageEvent('pullDownRefresh'))

    expect(props.onRefresh).toHaveBeenCalledTimes(1)
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
  })

  it('loads the next page at the bottom, and from the 加载更多 button', () => {
    const props = renderList()

    act(() => firePageEvent('reachBottom'))
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }))

    expect(props.onLoadMore).toHaveBeenCalledTimes(2)
  })

  it('says there is no more at the end and does not ask for another page', () => {
    const props = renderList({ hasMore: false })

    act(() => firePageEvent('reachBottom'))

    expect(screen.getByText('没有更多了')).toBeInTheDocument()
    expect(props.onLoadMore).not.toHaveBeenCalled()
  })

  it('shows the empty state with the next step', () => {
    renderList({ items: [], hasMore: false })

    expect(screen.getByText('没有找到培训')).toBeInTheDocument()
    expect(screen.getByText('换个条件试试')).toBeInTheDocument()
  })

  it('keeps loaded items when the next page fails, with 重试', () => {
    const props = renderList({ status: 'error', error: '网络不太好，请检查网络后重试' })

    expect(screen.getByText('砌筑工培训')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(props.onLoadMore).toHaveBeenCalledTimes(1)
  })
})
