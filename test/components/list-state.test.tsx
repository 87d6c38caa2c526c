import { fireEvent, render, screen } from '@testing-library/react'
import { ListState } from '../../src/components/list-state'

describe('ListState', () => {
  it('shows the error and a 重试 button that retries', () => {
    const onRetry = jest.fn()
    render(<ListState status='error' message='网络不太好，请检查网络后重试' onRetry={onRetry} />)

    expect(screen.getByText('网络不太好，请检查网络后重试')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))

    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  it('tells an empty list what to do next', () => {
    const onAction = jest.fn()
    render(
      <ListState
        status='empty'
        message='没有找到培训'
        nextStep='换个条件试试'
        actionText='去看看其他培训'
        onAction={onAction}
      />,
    )

    expect(screen.getByText('没有找到培训')).toBeInTheDocument()
    expect(screen.getByText('换个条件试试')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '去看看其他培训' }))
    expect(onAction).toHaveBeenCalledTimes(1)
  })

  it('shows that it is loading, with nothing to tap', () => {
    render(<ListState status='loading' onRetry={jest.fn()} />)

    expect(screen.getByText('正在加载…')).toBeInTheDocument()
    expect(screen.queryByRole('button')).not.toBeInTheDocument()
  })
})
