import { Button as TaroButton, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useState } from 'react'
import type { CourseDetail, EnrollResult } from '../../../../types/training'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { FEW_SEATS, feeText } from '../../../components/course-card'
import { ListState } from '../../../components/list-state'
import { OfflineNotice } from '../../../components/offline-notice'
import { Page } from '../../../components/page'
import { ReadAloud } from '../../../components/read-aloud'
import { Tag } from '../../../components/tag'
import { BRAND_LINES } from '../../../domain/brands'
import { certificateLabel, COURSE_MODE_LABELS } from '../../../domain/groups'
import { formatDateTime, formatRange, toInstant } from '../../../domain/time'
import { ApiError } from '../../../services/call-api'
import { getSessionToken } from '../../../services/session'
import { useCourseStore, useEnrollmentStore } from '../../../stores/training'
import { isActive, standingText } from '../shared/status'
import './index.scss'
import { openPage } from '../../../services/navigate'

const SHOWN_SESSIONS = 3

/** Why sign-up is closed, or null while it is open. */
function closedReason(course: CourseDetail, now: number): string | null {
  if (course.status === 'cancelled') return '这门课程已取消'
  if (course.status !== 'open') return '这门课程已停止报名'
  if (now >= toInstant(course.startAt)) return '已经开课，不能再报名了'
  if (now > toInstant(course.deadline)) return '报名已截止'
  return null
}

/** What the page says after a sign-up, whichever way it went (here or through the profile). */
export function signUpText(result: { status: EnrollResult['status']; waitlistPosition?: number }) {
  return result.status === 'confirmed'
    ? '报名成功！开课前会提醒你'
    : `名额已满，你已排队：${standingText(result)}`
}

/** The course read out by 读一读, in the order a person asks: what, who, cost, when, where. */
function courseSpeech(course: CourseDetail): string {
  const first = course.sessions[0]
  return [
    course.title,
    `培训机构：${course.providerName}`,
    course.fee === 0 ? '免费培训' : `要交学费${course.fee}元`,
    course.subsidy,
    first ? `第一次课：${formatRange(first.startAt, first.endAt)}` : '',
    `地点：${course.venue.county}${course.venue.name}`,
    course.seatsLeft > 0 ? `还剩${course.seatsLeft}个名额` : '名额已满，可以排队候补',
    `结业证书：${course.certificate.name}`,
  ]
    .filter(Boolean)
    .join('。')
}

/** A course with a fee asks first, showing the fee and the subsidy; a free one does not. */
async function feeAccepted(course: CourseDetail): Promise<boolean> {
  if (course.fee === 0) return true
  const answer = await Taro.showModal({
    title: `这门课要交学费 ${course.fee} 元`,
    content: `${course.subsidy || '这门课没有写补贴。'} 确定要报名吗？`,
    confirmText: '确定报名',
    cancelText: '再想想',
  })
  return answer.confirm
}

const signedIn = () => process.env.TARO_ENV !== 'h5' || getSessionToken() !== null

function Seats({ course }: { course: CourseDetail }) {
  if (course.seatsLeft > 0) {
    const few = course.seatsLeft <= FEW_SEATS
    return (
      <Text className={`course__seats ${few ? 'course__seats--few' : ''}`}>
        {few ? `还剩 ${course.seatsLeft} 个名额，快满了` : `还剩 ${course.seatsLeft} 个名额`}
      </Text>
    )
  }
  return (
    <View>
      <Text className='course__seats course__seats--few'>名额已满</Text>
      <Text className='course__note'>
        {course.waitlistLength > 0
          ? `已有 ${course.waitlistLength} 人排队候补。现在报名会排在第 ${course.waitlistLength + 1} 位，有人取消就按顺序补上。`
          : '现在报名会排队候补，有人取消就按顺序补上。'}
      </Text>
    </View>
  )
}

/** A course: who runs it, when and where, seats, fee, certificate; 报名 at the bottom. */
export default function CoursePage() {
  const id = useRouter().params.id ?? ''
  const saved = useCourseStore((s) => s.courses[id])
  const load = useCourseStore((s) => s.courseLoad[id])
  const loadCourse = useCourseStore((s) => s.loadCourse)
  const mine = useEnrollmentStore((s) => s.mine)
  const loadMine = useEnrollmentStore((s) => s.loadMine)
  const enroll = useEnrollmentStore((s) => s.enroll)
  const cancel = useEnrollmentStore((s) => s.cancel)
  const signingUp = useEnrollmentStore((s) => s.signingUp[id] ?? false)
  const lastSignUp = useEnrollmentStore((s) => s.lastSignUp[id])
  const [showAll, setShowAll] = useState(false)
  const [message, setMessage] = useState<{ text: string; bad: boolean } | null>(null)

  const mineHere = mine?.items.find((e) => e.courseId === id && isActive(e.status))
  const cancelling = useEnrollmentStore((s) => (mineHere ? s.cancelling[mineHere.id] : false))
  const course = saved?.data

  useDidShow(() => {
    if (!id) return
    loadCourse(id)
    if (signedIn()) loadMine()
  })

  useShareAppMessage(() => ({
    title: course ? `${course.title}，${feeText(course.fee)}，快来报名` : '柳州劳务品牌培训课程',
    path: `/packages/training/course/index?id=${id}`,
  }))

  const signUp = async () => {
    if (!signedIn()) {
      openPage('/pages/login/index')
      return
    }
    setMessage(null)
    if (!mineHere && course && !(await feeAccepted(course))) return
    try {
      const already = mineHere !== undefined
      const result = await enroll(id)
      loadCourse(id)
      const where = standingText(result)
      setMessage({
        text: already ? `你已经报过名了（${where}），不用再报` : signUpText(result),
        bad: false,
      })
    } catch (err) {
      if (err instanceof ApiError && err.code === 'PROFILE_INCOMPLETE') {
        openPage(`/packages/training/profile/index?courseId=${id}`)
        return
      }
      if (err instanceof ApiError && err.code === 'UNAUTHENTICATED') {
        openPage('/pages/login/index')
        return
      }
      setMessage({ text: (err as Error).message, bad: true })
    }
  }

  const cancelSignUp = async () => {
    if (!mineHere) return
    const answer = await Taro.showModal({
      title: '取消报名',
      content: '确定不参加这门课程了吗？取消后名额会让给排队的人。',
      confirmText: '确定取消',
      cancelText: '不取消',
    })
    if (!answer.confirm) return
    try {
      await cancel(mineHere.id)
      loadCourse(id)
      setMessage({ text: '已取消报名', bad: false })
    } catch (err) {
      setMessage({ text: (err as Error).message, bad: true })
    }
  }

  if (!course) {
    return (
      <Page className='course'>
        <ListState
          status={load?.status === 'error' ? 'error' : 'loading'}
          message={id ? (load?.error ?? undefined) : '没有找到这门课程，请返回重新选择'}
          onRetry={() => loadCourse(id)}
        />
      </Page>
    )
  }

  const brand = BRAND_LINES.find((b) => b.id === course.brand)
  const closed = closedReason(course, Date.now())
  const sessions = showAll ? course.sessions : course.sessions.slice(0, SHOWN_SESSIONS)
  // A sign-up made through the profile form comes back here: say how it went, as a tap here would.
  const shown =
    message ?? (lastSignUp && mineHere ? { text: signUpText(lastSignUp), bad: false } : null)

  return (
    <Page className='course'>
      {load?.status === 'error' && <OfflineNotice onRetry={() => loadCourse(id)} />}
      <View className='course__head'>
        <View>
          <Tag color={brand?.color}>{brand?.name ?? course.brand}</Tag>
          <Tag>{course.occupation}</Tag>
          <Tag>{COURSE_MODE_LABELS[course.mode]}</Tag>
        </View>
        <Text className='course__title'>{course.title}</Text>
        <Text className='course__provider'>{`培训机构：${course.providerName}`}</Text>
        <Seats course={course} />
        <ReadAloud text={courseSpeech(course)} />
      </View>

      <Card>
        <Text className='course__label'>费用</Text>
        <Text className={`course__fee ${course.fee === 0 ? 'course__fee--free' : ''}`}>
          {course.fee === 0 ? '免费培训' : feeText(course.fee)}
        </Text>
        {course.subsidy !== '' && <Text className='course__note'>{course.subsidy}</Text>}
      </Card>

      <Card>
        <Text className='course__label'>{`上课时间（共 ${course.sessions.length} 次课）`}</Text>
        {sessions.map((s) => (
          <Text key={s.startAt} className='course__value'>
            {formatRange(s.startAt, s.endAt)}
          </Text>
        ))}
        {course.sessions.length > SHOWN_SESSIONS && (
          <Text className='course__more' onClick={() => setShowAll(!showAll)}>
            {showAll ? '收起' : `查看全部 ${course.sessions.length} 次课`}
          </Text>
        )}
        <Text className='course__label course__label--gap'>报名截止</Text>
        <Text className='course__value'>{formatDateTime(course.deadline)}</Text>
      </Card>

      <Card>
        <Text className='course__label'>上课地点</Text>
        <Text className='course__value'>{course.venue.name}</Text>
        <Text className='course__note'>{`${course.venue.county} ${course.venue.address}`}</Text>
        {process.env.TARO_ENV === 'weapp' && (
          <View className='course__map'>
            <Button
              variant='secondary'
              onClick={() =>
                Taro.openLocation({
                  latitude: course.venue.point.latitude,
                  longitude: course.venue.point.longitude,
                  name: course.venue.name,
                  address: course.venue.address,
                  scale: 16,
                })
              }
            >
              查看地图
            </Button>
          </View>
        )}
      </Card>

      <Card>
        <Text className='course__label'>结业证书</Text>
        <Text className='course__value'>{course.certificate.name}</Text>
        <Text className='course__note'>{certificateLabel(course.certificate)}</Text>
      </Card>

      {course.description !== '' && (
        <Card>
          <Text className='course__label'>课程介绍</Text>
          <Text className='course__note'>{course.description}</Text>
        </Card>
      )}

      {process.env.TARO_ENV === 'weapp' && (
        <TaroButton className='course__share' openType='share'>
          分享给朋友
        </TaroButton>
      )}

      <View className='course__bar'>
        {mineHere && (
          <View className='course__standing'>
            <Text className='course__standing-text'>{`你的报名：${standingText(mineHere)}`}</Text>
            {mineHere.status !== 'in_training' && (
              <Text className='course__cancel' onClick={cancelSignUp}>
                {cancelling ? '正在取消…' : '取消报名'}
              </Text>
            )}
          </View>
        )}
        {shown && (
          <Text className={`course__message ${shown.bad ? 'course__message--bad' : ''}`}>
            {shown.text}
          </Text>
        )}
        {mineHere ? (
          <Button loading={signingUp} onClick={signUp}>
            {standingText(mineHere)}
          </Button>
        ) : closed ? (
          <Button disabled>{closed}</Button>
        ) : (
          <Button loading={signingUp} onClick={signUp}>
            {course.seatsLeft > 0 ? '报名' : '报名排队候补'}
          </Button>
        )}
        {mineHere && (
          <Text
            className='course__link'
            onClick={() => openPage('/packages/training/enrollments/index')}
          >
            查看我的报名 ›
          </Text>
        )}
      </View>
    </Page>
  )
}
