import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import type { BrandId } from '../../../../types/catalog'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { OfflineNotice } from '../../../components/offline-notice'
import { Page } from '../../../components/page'
import { BRAND_LINES } from '../../../domain/brands'
import { useCourseStore } from '../../../stores/training'
import './index.scss'
import { openPage } from '../../../services/navigate'

/** 培训清单: the occupations in brand training now, by brand; a tap shows their courses. */
export default function TrainingList() {
  const saved = useCourseStore((s) => s.trainingList)
  const load = useCourseStore((s) => s.trainingListLoad)
  const loadList = useCourseStore((s) => s.loadTrainingList)
  const setFilters = useCourseStore((s) => s.setFilters)

  useDidShow(() => {
    loadList()
  })
  usePullDownRefresh(() => {
    loadList().finally(() => Taro.stopPullDownRefresh())
  })

  const coursesOf = (brand: BrandId, occupation?: string) => {
    setFilters({ brand, occupation })
    Taro.switchTab({ url: '/pages/courses/index' })
  }

  const groups = saved?.data
  if (!groups || groups.length === 0) {
    return (
      <Page className='training-list'>
        <ListState
          status={load.status === 'error' ? 'error' : load.status === 'ready' ? 'empty' : 'loading'}
          message={
            load.status === 'error'
              ? (load.error ?? undefined)
              : load.status === 'ready'
                ? '培训清单暂时是空的'
                : undefined
          }
          nextStep='去看看其他培训'
          actionText='看全部课程'
          onAction={() => Taro.switchTab({ url: '/pages/courses/index' })}
          onRetry={loadList}
        />
      </Page>
    )
  }

  return (
    <Page className='training-list'>
      {load.status === 'error' && <OfflineNotice onRetry={loadList} />}
      <Text className='training-list__intro'>
        下面这些工种正在开展劳务品牌培训。点工种，看能报名的课程。
      </Text>
      {groups.map((g) => {
        const color = BRAND_LINES.find((b) => b.id === g.brand)?.color
        return (
          <Card key={g.brand} accent={color}>
            <View className='training-list__head'>
              <Text className='training-list__brand'>{g.brandName}</Text>
              <Text className='training-list__count'>{`${g.items.length}个工种`}</Text>
            </View>
            {g.items.map((i) => (
              <View
                key={i.id}
                className='training-list__item'
                hoverClass='training-list__pressed'
                onClick={() => coursesOf(g.brand, i.occupation)}
              >
                <Text className='training-list__occupation'>{i.occupation}</Text>
                <Text className='training-list__go'>看课程 ›</Text>
              </View>
            ))}
            <Text
              className='training-list__brand-link'
              onClick={() => openPage(`/packages/training/brand/index?id=${g.brand}`)}
            >
              {`了解${g.brandName} ›`}
            </Text>
          </Card>
        )
      })}
    </Page>
  )
}
