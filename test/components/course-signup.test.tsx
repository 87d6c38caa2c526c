/**
 * The course page says what a sign-up did and what it costs (issue 14): a course with a fee asks
 * first, showing the fee and the subsidy, and nothing is signed up when the worker says 再想想;
 * 报名成功 stays on the course page after a sign-up made through the profile form.
 */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro, { useRouter } from '@tarojs/taro'
import type { CourseDetail } from '../../types/training'
import { COLLECTIONS } from '../../src/domain/collections'
import CoursePage from '../../src/packages/training/course'
import { useCourseStore, useEnrollmentStore } from '../../src/stores/training'
import { resetTaroStub } from '../stubs/taro'
import { connectBackend, signInAs } from './backend'

/** A course as the store keeps it. */
type StoredCourse = CourseDetail & { _id: string }

let backend: Awaited<ReturnType<typeof connectBackend>>

beforeAll(async () => {
  backend = await connectBackend()
})
afterAll(() => backend.rt.close())

beforeEach(() => {
  resetTaroStub()
  backend.online()
  useEnrollmentStore.getState().reset()
  useCourseStore.setState({ courses: {}, courseLoad: {} })
  signInAs('demo-worker')
})

/** An open course with free seats, starting later, paid or free. */
function openCourse(paid: boolean): StoredCourse {
  const now = Date.now()
  const all = backend.rt.runtime.store.all(COLLECTIONS.courses) as unknown as StoredCourse[]
  const found = all.find(
    (c) =>
      c.status === 'open' &&
      c.seatsLeft > 0 &&
      Date.parse(c.deadline) > now &&
      (paid ? c.fee > 0 : c.fee === 0),
  )
  if (!found) throw new Error('no such seeded course')
  return found
}

const signUps = async (courseId: string) => {
  const res = await backend.rt.api('demo-worker', 'enroll/mine')
  return res.ok ? res.data.items.filter((e) => e.courseId === courseId) : []
}

function openPage(course: StoredCourse) {
  jest.mocked(useRouter).mockReturnValue({ params: { id: course._id }, path: '' } as never)
  return render(<CoursePage />)
}

describe('a course with a fee', () => {
  it('asks first with the fee and the subsidy; 再想想 signs up for nothing', async () => {
    const course = openCourse(true)
    ;(Taro.showModal as jest.Mock).mockResolvedValueOnce({ confirm: false, cancel: true })
    openPage(course)
    fireEvent.click(await screen.findByText('报名'))

    await act(async () => {
      await new Promise((r) => setTimeout(r, 50))
    })
    expect(Taro.showModal).toHaveBeenCalledTimes(1)
    const asked = (Taro.showModal as jest.Mock).mock.calls[0][0]
    expect(asked.title).toBe(`这门课要交学费 ${course.fee} 元`)
    expect(asked.content).toContain(course.subsidy)
    expect(asked.confirmText.length).toBeLessThanOrEqual(4)
    expect(await signUps(course._id)).toEqual([])
  })

  it('signs up once the worker confirms', async () => {
    const course = openCourse(true)
    openPage(course)
    fireEvent.click(await screen.findByText('报名'))

    expect(await screen.findByText(/报名成功|你已排队/, {}, { timeout: 5000 })).toBeInTheDocument()
    expect(Taro.showModal).toHaveBeenCalledTimes(1)
    expect((await signUps(course._id)).map((e) => e.status)).toEqual(['confirmed'])
  })
})

describe('a free course', () => {
  it('signs up with one tap, without asking', async () => {
    const course = openCourse(false)
    openPage(course)
    fireEvent.click(await screen.findByText('报名'))

    expect(
      await screen.findByText('报名成功！开课前会提醒你', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(Taro.showModal).not.toHaveBeenCalled()
  })

  it('says 报名成功 on the course page when the sign-up was made from the profile form', async () => {
    const course = openCourse(false)
    // What the profile page does on 保存并报名 before it goes back to the course.
    await act(() =>
      useEnrollmentStore
        .getState()
        .enroll(course._id)
        .then(() => undefined),
    )
    openPage(course)

    expect(
      await screen.findByText('报名成功！开课前会提醒你', {}, { timeout: 5000 }),
    ).toBeInTheDocument()
  })
})
