import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Home from '../../src/pages/home'
import { useCatalogStore } from '../../src/stores/catalog'
import { firePageEvent, resetTaroStub } from '../stubs/taro'
import { connectBackend } from './backend'

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())
beforeEach(() => {
  resetTaroStub()
  backend.online()
  useCatalogStore.setState({ brands: [], status: 'idle', error: null, savedAt: null })
})

const BRAND_NAMES = ['八桂米粉师傅', '八桂家政', '八桂建工', '龙城刺绣']

/** The names on the brand cards, in the order shown. */
const brandCardNames = () =>
  Array.from(document.querySelectorAll('.brand-card__name')).map((el) => el.textContent)

describe('home page (page → store → call-api → api function → database)', () => {
  it('shows 柳州螺蛳粉师傅 first, then the four brand lines with their targets', async () => {
    render(<Home />)

    expect(screen.getByText('正在加载…')).toBeInTheDocument()
    expect(await screen.findByText('柳州螺蛳粉师傅')).toBeInTheDocument()
    expect(brandCardNames()).toEqual(BRAND_NAMES)
    expect(screen.getByText('培训目标 8000人次')).toBeInTheDocument()
    expect(screen.getByText('就业目标 1.5万人次')).toBeInTheDocument()
    expect(useCatalogStore.getState().status).toBe('ready')
  })

  it('says the network is bad with 重试, and 重试 loads the brands', async () => {
    backend.offline()
    render(<Home />)

    expect(
      await screen.findByText('网络不太好，请检查网络后重试', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    backend.online()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))

    expect(await screen.findByText('柳州螺蛳粉师傅')).toBeInTheDocument()
  })

  it('keeps showing the last saved brands offline, with a notice', async () => {
    const first = render(<Home />)
    await screen.findByText('柳州螺蛳粉师傅')
    first.unmount()
    const saved = Taro.getStorageSync('catalog') as string

    // The app starts again with no network: the store comes back from storage.
    useCatalogStore.setState({ brands: [], status: 'idle', error: null, savedAt: null })
    Taro.setStorageSync('catalog', saved)
    await act(() => useCatalogStore.persist.rehydrate())
    backend.offline()
    render(<Home />)

    expect(
      await screen.findByText('当前没有网络，显示的是上次看到的内容', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(brandCardNames()).toEqual(BRAND_NAMES)
  })

  it('reloads on pull-down and stops the spinner', async () => {
    render(<Home />)
    await screen.findByText('柳州螺蛳粉师傅')
    backend.request.mockClear()

    await act(async () => firePageEvent('pullDownRefresh'))

    await within(document.body).findByText('柳州螺蛳粉师傅')
    expect(backend.request).toHaveBeenCalledTimes(1)
    expect(Taro.stopPullDownRefresh).toHaveBeenCalled()
  })

  it('opens a brand page from its card and from the featured banner', async () => {
    render(<Home />)
    await screen.findByText('柳州螺蛳粉师傅')

    fireEvent.click(screen.getAllByText('八桂家政')[0])
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/packages/training/brand/index?id=jiazheng',
    })

    fireEvent.click(screen.getByText('柳州螺蛳粉师傅'))
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/packages/training/brand/index?id=mifen',
    })
  })
})
