/**
 * Subscribe messages on the 申请 tap (weapp): asked for on the tap itself, accepted templates
 * recorded as credits by the real api function, and a refusal never stops the application.
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { RecommendedJobs } from '../../src/pages/home/recommended-jobs'
import { useJobsStore } from '../../src/stores/jobs'
import { testRuntime, type TestRuntime } from '../helpers/runtime'
import { resetTaroStub } from '../stubs/taro'

type Answer = Record<string, string>
const taro = Taro as unknown as {
  requestSubscribeMessage?: jest.Mock<Promise<Answer>, [{ tmplIds: string[] }]>
  cloud: { callFunction: jest.Mock }
}

let rt: TestRuntime
const platform = process.env.TARO_ENV

beforeAll(async () => {
  rt = await testRuntime()
  await rt.api('demo-staff', 'staff/match/run')
})
afterAll(() => {
  process.env.TARO_ENV = platform
  rt.close()
})

beforeEach(() => {
  resetTaroStub()
  process.env.TARO_ENV = 'weapp'
  // On weapp the platform names the caller: here it is always demo-trainee.
  taro.cloud.callFunction.mockImplementation(async ({ data }: { data: unknown }) => ({
    result: await rt.raw('demo-trainee', data),
  }))
  useJobsStore.setState({ recommendations: [], templates: null, applying: [], appliedIds: [] })
})

async function credits() {
  const res = await rt.api('demo-trainee', 'push/credits', { templates: [] })
  if (!res.ok) throw new Error(res.message)
  return res.data.credits
}

async function firstCard() {
  render(<RecommendedJobs />)
  const reasons = await screen.findAllByText(/^推荐理由：/)
  // Template ids are fetched ahead of the tap.
  await act(async () => {
    while (!useJobsStore.getState().templates) await new Promise((r) => setTimeout(r, 10))
  })
  return reasons[0].closest('.job-card') as HTMLElement
}

it('asks on the tap for the interview and recommendation messages and records the accepted one', async () => {
  const before = await credits()
  taro.requestSubscribeMessage = jest.fn(async ({ tmplIds }) => ({
    errMsg: 'requestSubscribeMessage:ok',
    [tmplIds[0]]: 'accept',
    [tmplIds[1]]: 'reject',
  }))
  const card = await firstCard()

  fireEvent.click(within(card).getByRole('button', { name: '申请' }))
  // Called in the tap handler itself, before anything was awaited.
  expect(taro.requestSubscribeMessage).toHaveBeenCalledWith(
    expect.objectContaining({ tmplIds: ['local-interview', 'local-job-recommendation'] }),
  )

  expect(await within(card).findByText('已申请')).toBeInTheDocument()
  await act(async () => {
    for (
      let i = 0;
      i < 50 && (await credits())['local-interview'] === before['local-interview'];
      i++
    )
      await new Promise((r) => setTimeout(r, 20))
  })
  const after = await credits()
  expect(after['local-interview']).toBe(before['local-interview'] + 1)
  expect(after['local-job-recommendation']).toBe(before['local-job-recommendation'])
})

it('still applies when the worker refuses the subscription', async () => {
  const before = await credits()
  taro.requestSubscribeMessage = jest.fn((_options: { tmplIds: string[] }) =>
    Promise.reject({ errMsg: 'requestSubscribeMessage:fail cancel' }),
  )
  const card = await firstCard()
  const title = within(card).getAllByText(/./)[0].textContent

  fireEvent.click(within(card).getByRole('button', { name: '申请' }))

  expect(await within(card).findByText('已申请')).toBeInTheDocument()
  const apps = await rt.api('demo-trainee', 'match/applications')
  expect(apps.ok && apps.data.some((a) => a.openingTitle === title)).toBe(true)
  expect(await credits()).toEqual(before)
})
