import Taro from '@tarojs/taro'
import { openPage, PAGE_STACK_MAX } from '../../src/services/navigate'
import { resetTaroStub } from '../stubs/taro'

const stub = Taro as unknown as Record<'getCurrentPages' | 'navigateTo' | 'redirectTo', jest.Mock>

beforeEach(() => resetTaroStub())

test('opens a page on top while the stack has room', async () => {
  stub.getCurrentPages.mockReturnValue(Array.from({ length: PAGE_STACK_MAX - 1 }, () => ({})))
  await openPage('/packages/jobs/job/index?id=a')
  expect(stub.navigateTo).toHaveBeenCalledWith({ url: '/packages/jobs/job/index?id=a' })
  expect(stub.redirectTo).not.toHaveBeenCalled()
})

test('with 10 pages open it replaces the top page, so the tap still opens the page', async () => {
  stub.getCurrentPages.mockReturnValue(Array.from({ length: PAGE_STACK_MAX }, () => ({})))
  await openPage('/packages/training/course/index?id=c')
  expect(stub.navigateTo).not.toHaveBeenCalled()
  expect(stub.redirectTo).toHaveBeenCalledWith({ url: '/packages/training/course/index?id=c' })
})
