import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { MyEnrollment } from '../../../../types/training'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { CourseCard } from '../../../components/course-card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import { OfflineNotice } from '../../../components/offline-notice'
import { BRAND_LINES } from '../../../domain/brands'
import { countyByName } from '../../../domain/counties'
import { formatDate, formatDateTime } from '../../../domain/time'
import { useEnrollmentStore } from '../../../stores/training'
import { isActive, STANDING_TONE, standingText } from '../shared/status'
import './index.scss'
import { openPage } from '../../../services/navigate'

const openCourse = (courseId: string) => openPage(`/packages/training/course/index?id=${courseId}`)

function EnrollmentCard({ e }: { e: MyEnrollment }) {
  const cancel = useEnrollmentStore((s) => s.cancel)
  const cancelling = useEnrollmentStore((s) => s.cancelling[e.id] ?? false)
  const brand = BRAND_LINES.find((b) => b.id === e.course.brand)
  const county = countyByName(e.course.county)?.short ?? e.course.county

  const cancelIt = async () => {
    const answer = await Taro.showModal({
      title: '取消报名',
      content: `确定不参加「${e.course.title}」了吗？取消后名额会让给排队的人。`,
      confirmText: '确定取消',
      cancelText: '不取消',
    })
    if (!answer.confirm) return
    try {
      await cancel(e.id)
      Taro.showToast({ title: '已取消报名', icon: 'none' })
    } catch (err) {
      Taro.showModal({ title: '没有取消成功', content: (err as Error).message, showCancel: false })
    }
  }

  return (
    <Card accent={brand?.color} onClick={() => openCourse(e.courseId)}>
      <View className='enrollment__top'>
        <Tag tone={STANDING_TONE[e.status]}>{standingText(e)}</Tag>
        <Text className='enrollment__brand'>{brand?.name ?? ''}</Text>
      </View>
      <Text className='enrollment__title'>{e.course.title}</Text>
      {e.course.startAt !== '' && (
        <Text className='enrollment__line'>{`${formatDateTime(e.course.startAt)} 开课`}</Text>
      )}
      <Text className='enrollment__line'>{`${county} · ${e.course.providerName}`}</Text>
      {e.status === 'waitlisted' && (
        <Text className='enrollment__line'>有人取消时会按顺序补上，补上后会通知你。</Text>
      )}
      {e.attendanceDays > 0 && (
        <Text className='enrollment__line'>{`已上课 ${e.attendanceDays} 天`}</Text>
      )}
      {e.certificate && (
        <View className='enrollment__certificate'>
          <Text className='enrollment__certificate-name'>{`结业证书：${e.certificate.name}`}</Text>
          <Text className='enrollment__line'>{`证书编号：${e.certificate.number}`}</Text>
          <Text className='enrollment__line'>{`发证日期：${formatDate(e.certificate.issuedAt)}`}</Text>
        </View>
      )}
      {isActive(e.status) && e.status !== 'in_training' && (
        <View className='enrollment__actions' onClick={(ev) => ev.stopPropagation()}>
          <Button variant='secondary' block={false} loading={cancelling} onClick={cancelIt}>
            取消报名
          </Button>
        </View>
      )}
    </Card>
  )
}

/** 我的报名: every sign-up with where it stands, certificates, and the retraining reminder. */
export default function Enrollments() {
  const mine = useEnrollmentStore((s) => s.mine)
  const load = useEnrollmentStore((s) => s.mineLoad)
  const loadMine = useEnrollmentStore((s) => s.loadMine)

  useDidShow(() => {
    loadMine()
  })
  usePullDownRefresh(() => {
    loadMine().finally(() => Taro.stopPullDownRefresh())
  })

  const findCourses = () => Taro.switchTab({ url: '/pages/courses/index' })

  if (!mine) {
    return (
      <Page className='enrollments'>
        <ListState
          status={load.status === 'error' ? 'error' : 'loading'}
          message={load.error ?? undefined}
          onRetry={loadMine}
        />
      </Page>
    )
  }

  const { items, retrain } = mine
  return (
    <Page className='enrollments'>
      {load.status === 'error' && <OfflineNotice error={load.error} onRetry={loadMine} />}
      {retrain.due && (
        <Card className='enrollments__retrain'>
          <Text className='enrollments__retrain-title'>该参加新的技能培训了</Text>
          <Text className='enrollment__line'>
            {`你上次结业是${retrain.lastCompletedAt ? formatDate(retrain.lastCompletedAt) : '两年多以前'}。建议每2年至少参加1次技能培训，技能跟上了，工资也好谈。`}
          </Text>
        </Card>
      )}
      {retrain.due && retrain.suggestions.length > 0 && (
        <View>
          <SectionTitle title='适合你的课程' />
          {retrain.suggestions.map((c) => (
            <CourseCard key={c.id} course={c} onClick={() => openCourse(c.id)} />
          ))}
        </View>
      )}
      <SectionTitle title={`我的报名（${items.length}）`} />
      {items.length === 0 ? (
        <ListState
          status='empty'
          message='你还没有报名培训'
          nextStep='去看看有哪些免费培训'
          actionText='去看培训课程'
          onAction={findCourses}
        />
      ) : (
        items.map((e) => <EnrollmentCard key={e.id} e={e} />)
      )}
    </Page>
  )
}
