import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { Tag } from '../../../components/tag'
import { BRAND_LINES } from '../../../domain/brands'
import { formatDateTime, toInstant } from '../../../domain/time'
import { useProviderStore } from '../../../stores/provider'
import './index.scss'
import { openPage } from '../../../services/navigate'

const go = (url: string) => openPage(url)

/** 培训机构: my courses, with the way to each course's enrolees and to editing it. */
export default function ProviderCourses() {
  const courses = useProviderStore((s) => s.courses)
  const load = useProviderStore((s) => s.coursesLoad)
  const loadCourses = useProviderStore((s) => s.loadCourses)

  useDidShow(() => {
    loadCourses()
  })
  usePullDownRefresh(() => {
    loadCourses().finally(() => Taro.stopPullDownRefresh())
  })

  const now = Date.now()
  return (
    <Page className='provider-courses'>
      {courses.length === 0 ? (
        <ListState
          status={load.status === 'error' ? 'error' : load.status === 'ready' ? 'empty' : 'loading'}
          message={
            load.status === 'error'
              ? (load.error ?? undefined)
              : load.status === 'ready'
                ? '还没有发布课程'
                : undefined
          }
          nextStep='点下面的按钮发布第一门课程'
          onRetry={loadCourses}
        />
      ) : (
        courses.map((c) => {
          const brand = BRAND_LINES.find((b) => b.id === c.brand)
          const started = toInstant(c.startAt) <= now
          return (
            <Card key={c.id} accent={brand?.color}>
              <View>
                <Tag color={brand?.color}>{brand?.name ?? c.brand}</Tag>
                <Tag>{c.occupation}</Tag>
                <Tag tone={started ? 'plain' : 'primary'}>{started ? '已开课' : '未开课'}</Tag>
              </View>
              <Text className='provider-courses__title'>{c.title}</Text>
              <Text className='provider-courses__line'>{`${formatDateTime(c.startAt)} 开课`}</Text>
              <Text className='provider-courses__line'>
                {`名额 ${c.capacity} 人，已确认 ${c.capacity - c.seatsLeft} 人，还剩 ${c.seatsLeft} 个`}
              </Text>
              <View className='provider-courses__actions'>
                <View className='provider-courses__action'>
                  <Button onClick={() => go(`/packages/provider/enrollees/index?courseId=${c.id}`)}>
                    学员和考勤
                  </Button>
                </View>
                <View className='provider-courses__action'>
                  <Button
                    variant='secondary'
                    onClick={() => go(`/packages/provider/course-edit/index?id=${c.id}`)}
                  >
                    修改课程
                  </Button>
                </View>
              </View>
            </Card>
          )
        })
      )}
      <View className='provider-courses__bar'>
        <Button onClick={() => go('/packages/provider/course-edit/index')}>发布新课程</Button>
      </View>
    </Page>
  )
}
