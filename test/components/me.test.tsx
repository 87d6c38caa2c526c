import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Me from '../../src/pages/me'
import { useInboxStore } from '../../src/stores/inbox'
import { useSessionStore } from '../../src/stores/session'
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
  useSessionStore.getState().reset()
  useInboxStore.setState({
    messages: [],
    unread: 0,
    total: 0,
    page: 0,
    status: 'idle',
    error: null,
  })
})

/** Opens 我的 as a demo user of the local runtime and waits for the session. */
async function openAs(openid: string) {
  signInAs(openid)
  render(<Me />)
  await screen.findByText('我的资料')
  // Then the certificates (and the unread count with them) have loaded.
  await waitFor(() => expect(screen.queryByText('正在加载…')).not.toBeInTheDocument())
}

const entry = (title: string) => screen.queryByText(title, { selector: '.me-entry__title' })

describe('我的 (page → session/whoami, inbox/list, enroll/mine over the local runtime)', () => {
  it('a worker sees the name, the own entries and 用人单位 leading to registration, no other role areas', async () => {
    await openAs('demo-worker')

    const name = (await backend.rt.api('demo-worker', 'session/whoami')) as {
      data: { name: string }
    }
    expect(screen.getByText(name.data.name)).toBeInTheDocument()
    for (const title of ['我的资料', '我的报名', '我的活动', '消息', '我的申请']) {
      expect(entry(title)).toBeInTheDocument()
    }
    expect(entry('培训机构')).not.toBeInTheDocument()
    expect(entry('人社局工作台')).not.toBeInTheDocument()

    fireEvent.click(entry('用人单位')!)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/employer/register/index' })
    fireEvent.click(entry('我的报名')!)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({
      url: '/packages/training/enrollments/index',
    })
  })

  it('staff see 人社局工作台 and it opens the staff home; no 培训机构', async () => {
    await openAs('demo-staff')

    expect(entry('培训机构')).not.toBeInTheDocument()
    fireEvent.click(entry('人社局工作台')!)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/staff/home/index' })
  })

  it('a provider sees 培训机构 and it opens the own courses; no 人社局工作台', async () => {
    await openAs('demo-provider')
    fireEvent.click(entry('培训机构')!)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/provider/courses/index' })
    expect(entry('人社局工作台')).not.toBeInTheDocument()
  })

  it('an employer’s 用人单位 entry opens its openings', async () => {
    await openAs('demo-employer')
    fireEvent.click(entry('用人单位')!)
    expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/packages/employer/openings/index' })
    expect(entry('培训机构')).not.toBeInTheDocument()
    expect(entry('人社局工作台')).not.toBeInTheDocument()
  })

  it('a trainee sees the certificate of the finished course and the unread count on 消息', async () => {
    // A matching pass puts recommendations in the trainee's inbox.
    await backend.rt.api('demo-staff', 'staff/match/run')
    const inbox = (await backend.rt.api('demo-trainee', 'inbox/list', {})) as {
      data: { unread: number }
    }
    expect(inbox.data.unread).toBeGreaterThan(0)

    await openAs('demo-trainee')

    const messages = entry('消息')!.closest('.me-entry') as HTMLElement
    expect(await within(messages).findByText(`${inbox.data.unread}条未读`)).toBeInTheDocument()
    const certificate = await screen.findByText(/证书/, { selector: '.me__certificate-name' })
    expect(certificate).toBeInTheDocument()
    expect(screen.getByText(/发证 · 编号/)).toBeInTheDocument()
  })

  it('someone with no certificate is told how to get one, with a way to the courses', async () => {
    await openAs('demo-worker')

    expect(await screen.findByText('还没有证书')).toBeInTheDocument()
    fireEvent.click(screen.getByRole('button', { name: '去看看培训' }))
    expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/courses/index' })
  })

  it('always shows the fee warning with the 12333 hotline', async () => {
    await openAs('demo-worker')

    const warning = screen.getByText('求职不收费，收费即违规 · 遇到收费请举报 12333')
    expect(warning).toBeInTheDocument()
  })

  it('says the network is bad with 重试 when the session cannot load', async () => {
    backend.offline()
    signInAs('demo-worker')
    render(<Me />)

    expect(
      await screen.findByText('网络不太好，请检查网络后重试', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    backend.online()
    fireEvent.click(screen.getByRole('button', { name: '重试' }))
    expect(await screen.findByText('我的资料')).toBeInTheDocument()
  })
})
