import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { ReadAloud } from '../../src/components/read-aloud'
import Me from '../../src/pages/me'
import { useCareStore } from '../../src/stores/care'
import { useSessionStore } from '../../src/stores/session'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend, signInAs } from './backend'

jest.setTimeout(20000)

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())
beforeEach(async () => {
  resetTaroStub()
  backend.online()
  useSessionStore.getState().reset()
  await act(() => useCareStore.persist.rehydrate())
  useCareStore.setState({ enabled: false })
  signInAs('demo-worker')
})

const pageRoot = () => document.querySelector('.page') as HTMLElement
/** The switch row; its state is in aria-checked and in words. */
const findSwitch = async () =>
  (await screen.findByText('关怀模式')).closest('.care-switch') as HTMLElement

describe('关怀模式', () => {
  it('the switch in 我的 puts the page in care mode and says so in words', async () => {
    render(<Me />)
    const toggle = await findSwitch()
    expect(toggle).toHaveAttribute('aria-checked', 'false')
    expect(pageRoot()).not.toHaveClass('care')

    fireEvent.click(toggle)

    expect(pageRoot()).toHaveClass('care')
    expect(toggle).toHaveAttribute('aria-checked', 'true')
    expect(screen.getByText('已打开')).toBeInTheDocument()

    fireEvent.click(toggle)
    expect(pageRoot()).not.toHaveClass('care')
    expect(screen.getByText('已关闭')).toBeInTheDocument()
  })

  it('is remembered on the phone: after a restart the page opens in care mode', async () => {
    const first = render(<Me />)
    fireEvent.click(await findSwitch())
    first.unmount()
    const saved = Taro.getStorageSync('care-mode')

    // The app starts again: the store comes back from storage only.
    useCareStore.setState({ enabled: false })
    Taro.setStorageSync('care-mode', saved)
    await act(() => useCareStore.persist.rehydrate())
    render(<Me />)

    expect(await findSwitch()).toHaveAttribute('aria-checked', 'true')
    expect(pageRoot()).toHaveClass('care')
  })

  it('shows 读一读 on 我的 only in care mode', async () => {
    render(<Me />)
    await findSwitch()
    expect(screen.queryByText('读一读')).not.toBeInTheDocument()

    fireEvent.click(await findSwitch())

    expect(screen.getByText('读一读')).toBeInTheDocument()
  })
})

describe('读一读', () => {
  const text = '养老护理员培训，免费，还剩3个名额。'

  afterEach(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
    delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance
  })

  it('reads the text aloud in Chinese where the browser can speak, and stops on a second tap', () => {
    const speak = jest.fn()
    const cancel = jest.fn()
    class Utterance {
      lang = ''
      rate = 1
      voice: unknown = null
      onend: (() => void) | null = null
      onerror: (() => void) | null = null
      constructor(readonly text: string) {}
    }
    Object.assign(window, {
      speechSynthesis: { speak, cancel, getVoices: () => [] },
      SpeechSynthesisUtterance: Utterance,
    })
    useCareStore.setState({ enabled: true })
    render(<ReadAloud text={text} />)

    fireEvent.click(screen.getByText('读一读'))

    expect(speak).toHaveBeenCalledTimes(1)
    const utterance = speak.mock.calls[0][0] as Utterance
    expect(utterance.text).toBe(text)
    expect(utterance.lang).toBe('zh-CN')
    fireEvent.click(screen.getByText('停止朗读'))
    expect(cancel).toHaveBeenCalled()
    expect(screen.getByText('读一读')).toBeInTheDocument()
  })

  it('shows the text in large type where nothing can speak, with 关闭', () => {
    useCareStore.setState({ enabled: true })
    render(<ReadAloud text={text} />)

    fireEvent.click(screen.getByText('读一读'))

    const sheet = screen.getByText(text).closest('.read-aloud__sheet')
    expect(sheet).toHaveTextContent('读一读')
    fireEvent.click(screen.getByRole('button', { name: '关闭' }))
    expect(screen.queryByText(text)).not.toBeInTheDocument()
  })

  it('in the mini-program (no speech API without a plugin) shows the text instead', () => {
    const speak = jest.fn()
    Object.assign(window, {
      speechSynthesis: { speak, cancel: jest.fn(), getVoices: () => [] },
      SpeechSynthesisUtterance: class {},
    })
    process.env.TARO_ENV = 'weapp'
    try {
      useCareStore.setState({ enabled: true })
      render(<ReadAloud text={text} />)
      fireEvent.click(screen.getByText('读一读'))
    } finally {
      process.env.TARO_ENV = 'h5'
    }

    expect(speak).not.toHaveBeenCalled()
    expect(screen.getByText(text).closest('.read-aloud__sheet')).not.toBeNull()
  })

  it('does not open the card it sits on', () => {
    useCareStore.setState({ enabled: true })
    const openCard = jest.fn()
    render(
      <div onClick={openCard}>
        <ReadAloud text={text} />
      </div>,
    )

    fireEvent.click(screen.getByText('读一读'))

    expect(openCard).not.toHaveBeenCalled()
  })

  it('is hidden when care mode is off', () => {
    render(<ReadAloud text={text} />)
    expect(screen.queryByText('读一读')).not.toBeInTheDocument()
  })
})
