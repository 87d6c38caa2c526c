import { View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { RecommendationCard } from '../../components/job-card/recommendation-card'
import { SectionTitle } from '../../components/section-title'
import { useJobsStore } from '../../stores/jobs'
import { jobPage, useApply, useDismiss } from '../jobs/apply'
import { openPage } from '../../services/navigate'

/** How many recommendations the home page shows; the rest are on the 岗位 tab. */
const SHOWN = 3

/**
 * 为你推荐 on the home page: a trainee's first three recommended jobs with their reasons.
 * Renders nothing for anyone without recommendations (not signed in, not in training).
 */
export function RecommendedJobs() {
  const recommendations = useJobsStore((s) => s.recommendations)
  const appliedIds = useJobsStore((s) => s.appliedIds)
  const applying = useJobsStore((s) => s.applying)
  const load = useJobsStore((s) => s.loadRecommendations)
  const loadTemplates = useJobsStore((s) => s.loadTemplates)
  const dismiss = useDismiss()
  const apply = useApply()

  useDidShow(() => {
    load().then(() => {
      if (useJobsStore.getState().recommendations.length) loadTemplates()
    })
  })

  if (recommendations.length === 0) return null
  return (
    <View className='recommended-jobs'>
      <SectionTitle
        title='为你推荐'
        actionText={recommendations.length > SHOWN ? `全部${recommendations.length}个` : '更多岗位'}
        onAction={() => Taro.switchTab({ url: '/pages/jobs/index' })}
      />
      {recommendations.slice(0, SHOWN).map((r) => (
        <RecommendationCard
          key={r.openingId}
          recommendation={r}
          applied={r.outcome === 'applied' || appliedIds.includes(r.openingId)}
          applying={applying.includes(r.openingId)}
          onOpen={() => openPage(jobPage(r.openingId))}
          onApply={() => apply(r.openingId)}
          onDismiss={(reason) => dismiss(r.openingId, reason)}
        />
      ))}
    </View>
  )
}
