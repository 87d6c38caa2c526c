import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useEffect } from 'react'
import { JobCard } from '../../components/job-card'
import { RecommendationCard } from '../../components/job-card/recommendation-card'
import { ListState } from '../../components/list-state'
import { OfflineNotice } from '../../components/offline-notice'
import { Page } from '../../components/page'
import { PagedList } from '../../components/paged-list'
import { SectionTitle } from '../../components/section-title'
import { useInboxStore } from '../../stores/inbox'
import { useJobsStore } from '../../stores/jobs'
import { useSessionStore } from '../../stores/session'
import { openPage } from '../../services/navigate'
import { jobPage, useApply, useDismiss } from './apply'
import { FilterBar } from './components/filter-bar'
import './index.scss'

function Recommendations() {
  const recommendations = useJobsStore((s) => s.recommendations)
  const status = useJobsStore((s) => s.recStatus)
  const error = useJobsStore((s) => s.recError)
  const appliedIds = useJobsStore((s) => s.appliedIds)
  const applying = useJobsStore((s) => s.applying)
  const load = useJobsStore((s) => s.loadRecommendations)
  const dismiss = useDismiss()
  const apply = useApply()

  if (recommendations.length === 0) {
    if (status === 'ready' || status === 'idle') return null
    return (
      <View>
        <SectionTitle title='为你推荐' />
        <ListState
          status={status === 'error' ? 'error' : 'loading'}
          message={status === 'error' ? (error ?? undefined) : '正在找适合你的岗位…'}
          onRetry={load}
        />
      </View>
    )
  }
  return (
    <View className='jobs__recommendations'>
      <SectionTitle title='为你推荐' />
      <Text className='jobs__hint'>根据你学过的培训和求职意愿挑选</Text>
      {recommendations.map((r) => (
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

export default function Jobs() {
  const signedIn = useSessionStore((s) => s.whoami?.openid != null)
  const loadWhoami = useSessionStore((s) => s.loadWhoami)
  const unread = useInboxStore((s) => s.unread)
  const loadUnread = useInboxStore((s) => s.loadUnread)
  const loadRecommendations = useJobsStore((s) => s.loadRecommendations)
  const loadTemplates = useJobsStore((s) => s.loadTemplates)

  const filters = useJobsStore((s) => s.filters)
  const openings = useJobsStore((s) => s.openings)
  const total = useJobsStore((s) => s.total)
  const listStatus = useJobsStore((s) => s.listStatus)
  const listError = useJobsStore((s) => s.listError)
  const savedAt = useJobsStore((s) => s.cachedList?.savedAt)
  const setFilters = useJobsStore((s) => s.setFilters)
  const reloadOpenings = useJobsStore((s) => s.reloadOpenings)
  const loadMoreOpenings = useJobsStore((s) => s.loadMoreOpenings)

  // Every show: the H5 sign-in page may have switched the user, and answers change recommendations.
  useDidShow(() => {
    loadWhoami()
    if (useJobsStore.getState().listStatus === 'idle') reloadOpenings()
  })

  useEffect(() => {
    if (!signedIn) return
    loadRecommendations()
    loadUnread()
    loadTemplates()
  }, [signedIn, loadRecommendations, loadUnread, loadTemplates])

  return (
    <Page className='jobs'>
      {signedIn && (
        <View className='jobs__links'>
          <View className='jobs__link' onClick={() => openPage('/packages/jobs/inbox/index')}>
            <Text className='jobs__link-text'>消息</Text>
            {unread > 0 && <Text className='jobs__badge'>{`${unread}条未读`}</Text>}
          </View>
          <View
            className='jobs__link'
            onClick={() => openPage('/packages/jobs/applications/index')}
          >
            <Text className='jobs__link-text'>我的申请</Text>
          </View>
        </View>
      )}
      {signedIn && <Recommendations />}
      <SectionTitle title='全部岗位' />
      <FilterBar filters={filters} onChange={setFilters} />
      {listStatus === 'error' && openings.length > 0 && (
        <OfflineNotice error={listError} savedAt={savedAt} onRetry={reloadOpenings} />
      )}
      {listStatus === 'ready' && openings.length > 0 && (
        <Text className='jobs__count'>{`共${total}个岗位在招`}</Text>
      )}
      <PagedList
        items={openings}
        keyOf={(o) => o.id}
        renderItem={(o) => <JobCard opening={o} verified onClick={() => openPage(jobPage(o.id))} />}
        status={listStatus}
        error={listError}
        hasMore={openings.length < total}
        onRefresh={async () => {
          await Promise.all([reloadOpenings(), signedIn ? loadRecommendations() : undefined])
        }}
        onLoadMore={loadMoreOpenings}
        emptyMessage='没有找到符合条件的岗位'
        emptyNextStep='换个条件试试'
        emptyActionText='清空条件'
        onEmptyAction={() => setFilters({})}
      />
    </Page>
  )
}
