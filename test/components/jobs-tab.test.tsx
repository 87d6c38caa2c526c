/** The 岗位 tab over the real api function: recommendations first, 不合适, the list kept offline. */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Jobs from '../../src/pages/jobs'
import { useJobsStore } from '../../src/stores/jobs'
import { useSessionStore } from '../../src/stores/session'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend, signInAs } from './backend'

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
  await backend.rt.api('demo-staff', 'staff/match/run')
})
afterAll(() => backend.rt.close())

beforeEach(() => {
  resetTaroStub()
  backend.online()
  useSessionStore.getState().reset()
  useJobsStore.setState({
    recommendations: [],
    recStatus: 'idle',
    filters: {},
    cachedList: null,
    openings: [],
    total: 0,
    page: 0,
    listStatus: 'idle',
    appliedIds: [],
    applying: [],
  })
})

async function mine() {
  const res = await backend.rt.api('demo-trainee', 'match/mine')
  if (!res.ok) throw new Error(res.message)
  return res.data
}

it('shows a trainee 为你推荐 with each reason before all openings', async () => {
  signInAs('demo-trainee')
  const recs = await mine()
  render(<Jobs />)

  expect(await screen.findByText('为你推荐')).toBeInTheDocument()
  for (const r of recs)
    expect(await screen.findAllByText(`推荐理由：${r.reason}`)).not.toHaveLength(0)
  expect(await screen.findByText(/^共\d+个岗位在招$/)).toBeInTheDocument()
  const headings = screen.getAllByText(/^(为你推荐|全部岗位)$/).map((e) => e.textContent)
  expect(headings).toEqual(['为你推荐', '全部岗位'])
})

it('不合适 with a reason takes the job off the list, and the server never offers it again', async () => {
  signInAs('demo-trainee')
  const [first] = await mine()
  render(<Jobs />)
  const reason = await screen.findAllByText(`推荐理由：${first.reason}`)
  const card = reason
    .map((r) => r.closest('.job-card') as HTMLElement)
    .find((c) => within(c).queryByText(first.opening.title))!

  fireEvent.click(within(card).getByRole('button', { name: '不合适' }))
  await act(async () => {
    fireEvent.click(within(card).getByRole('button', { name: '离家太远' }))
  })

  await waitFor(() =>
    expect(Taro.showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '好的，以后不再推荐这个岗位' }),
    ),
  )
  expect(useJobsStore.getState().recommendations.map((r) => r.openingId)).not.toContain(
    first.openingId,
  )
  expect((await mine()).map((r) => r.openingId)).not.toContain(first.openingId)
})

it('shows no 为你推荐 to someone not signed in, and still lists the openings', async () => {
  render(<Jobs />)
  expect(await screen.findByText(/^共\d+个岗位在招$/)).toBeInTheDocument()
  expect(screen.queryByText('为你推荐')).not.toBeInTheDocument()
  expect(screen.getAllByText('求职不收费，收费即违规').length).toBeGreaterThan(0)
})

it('keeps the last loaded openings for the next start without network, with a notice', async () => {
  const first = render(<Jobs />)
  await screen.findByText(/^共\d+个岗位在招$/)
  const title = useJobsStore.getState().openings[0].title
  first.unmount()
  const saved = Taro.getStorageSync('jobs-list') as string

  useJobsStore.setState({ openings: [], total: 0, page: 0, listStatus: 'idle', cachedList: null })
  Taro.setStorageSync('jobs-list', saved)
  await act(() => useJobsStore.persist.rehydrate())
  backend.offline()
  render(<Jobs />)

  expect(
    await screen.findByText('当前没有网络，显示的是上次看到的内容', {}, { timeout: 5000 }),
  ).toBeInTheDocument()
  expect(screen.getAllByText(title).length).toBeGreaterThan(0)
}, 15000)
