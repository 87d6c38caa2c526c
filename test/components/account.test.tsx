import { fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import Sessions from '../../src/packages/account/sessions'
import WebConfirm from '../../src/packages/account/web-confirm'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend, signInAs } from './backend'

const router = useRouter as jest.Mock

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())
beforeEach(() => {
  resetTaroStub()
  backend.online()
})

/** A desktop browser asks to sign in: the ticket its QR code carries. */
async function ticketFromDesk(): Promise<string> {
  const event = {
    path: '/fn/api',
    httpMethod: 'POST',
    headers: {
      host: '127.0.0.1:8787',
      'user-agent':
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      'x-forwarded-for': '10.20.30.40',
    },
    body: JSON.stringify({ route: 'session/webLogin/start', input: {} }),
  }
  const answer = (await backend.rt.raw(null, event)) as { body: string }
  return JSON.parse(answer.body).data.ticket
}

/** The mini-program's side: WeChat names the caller of callFunction. */
function onThePhoneAs(openid: string) {
  process.env.TARO_ENV = 'weapp'
  const callFunction = Taro.cloud.callFunction as jest.Mock
  callFunction.mockImplementation(async ({ data }: { data: unknown }) => ({
    result: await backend.rt.raw(openid, data),
  }))
}

describe('电脑登录确认 (on the phone, after scanning the desk’s QR code)', () => {
  afterEach(() => {
    process.env.TARO_ENV = 'h5'
  })

  it('shows which browser and place asks, and 确认登录 lets that browser in', async () => {
    const ticket = await ticketFromDesk()
    router.mockReturnValue({ params: { ticket }, path: '' })
    onThePhoneAs('demo-staff')
    render(<WebConfirm />)

    expect(await screen.findByText('Chrome 131 · Windows')).toBeInTheDocument()
    expect(screen.getByText('IP 10.20.30.40')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '确认登录' }))
    expect(await screen.findByText('已登录，可以在电脑上使用了')).toBeInTheDocument()

    const poll = await backend.rt.api(null, 'session/webLogin/poll', { ticket })
    expect(poll.ok && poll.data.status).toBe('confirmed')
    const token = poll.ok ? poll.data.token : ''
    const [sessionId] = (token ?? '').split('.')
    const listed = await backend.rt.api('demo-staff', 'session/sessions')
    expect(listed.ok && listed.data.map((s) => s.id)).toContain(sessionId)
  })

  it('says a run-out code is no longer valid, in words', async () => {
    router.mockReturnValue({ params: { ticket: 'A'.repeat(32) }, path: '' })
    onThePhoneAs('demo-staff')
    render(<WebConfirm />)
    expect(await screen.findByText(/这个二维码已失效/)).toBeInTheDocument()
  })
})

describe('登录的电脑', () => {
  it('lists the browsers signed in and ends one after asking', async () => {
    const ticket = await ticketFromDesk()
    await backend.rt.api('demo-provider', 'session/webLogin/confirm', { ticket })
    await backend.rt.api(null, 'session/webLogin/poll', { ticket })
    signInAs('demo-provider')
    render(<Sessions />)

    // The one made by the scan, and the one this test browser holds (这台电脑).
    expect(await screen.findByText('Chrome 131 · Windows')).toBeInTheDocument()
    expect(screen.getByText('这台电脑')).toBeInTheDocument()
    const buttons = screen.getAllByRole('button', { name: '退出登录' })
    expect(buttons).toHaveLength(2)
    const windows = (await backend.rt.api('demo-provider', 'session/sessions')) as {
      ok: true
      data: Array<{ id: string; browser: string }>
    }
    const index = windows.data.findIndex((s) => s.browser === 'Chrome 131 · Windows')
    fireEvent.click(buttons[index])
    expect(Taro.showModal).toHaveBeenCalled()
    await screen.findAllByRole('button', { name: '退出登录' })
    await new Promise((r) => setTimeout(r, 300))
    const left = await backend.rt.api('demo-provider', 'session/sessions')
    expect(left.ok && left.data.map((s) => s.browser)).toEqual(['Chrome 131 · Linux'])
  })
})
