import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { CourseCard } from '../../components/course-card'
import { FormField } from '../../components/form-field'
import { OfflineNotice } from '../../components/offline-notice'
import { Page } from '../../components/page'
import { PagedList } from '../../components/paged-list'
import { BRAND_LINES } from '../../domain/brands'
import { selectCurrentList, useCourseStore } from '../../stores/training'
import { openPage } from '../../services/navigate'
import { FilterBar } from './components/filter-bar'
import './index.scss'

/** 培训: the course list with its filter bar and search, and the way to the training list. */
export default function Courses() {
  const filters = useCourseStore((s) => s.filters)
  const list = useCourseStore(selectCurrentList)
  const listLoad = useCourseStore((s) => s.listLoad)
  const moreLoad = useCourseStore((s) => s.moreLoad)
  const setFilters = useCourseStore((s) => s.setFilters)
  const refresh = useCourseStore((s) => s.refreshCourses)
  const loadMore = useCourseStore((s) => s.loadMoreCourses)
  const [keyword, setKeyword] = useState(filters.q ?? '')

  useEffect(() => {
    if (useCourseStore.getState().listLoad.status !== 'loading') refresh()
  }, [refresh])

  // Another page (a brand page, the training list) may set the filters before switching here.
  useEffect(() => setKeyword(filters.q ?? ''), [filters.q])

  const items = list?.items ?? []
  const stale = listLoad.status === 'error' && list !== undefined
  const brand = BRAND_LINES.find((b) => b.id === filters.brand)
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== '' && v !== false)
  const search = () => setFilters({ ...filters, q: keyword.trim() || undefined })

  return (
    <Page className='courses'>
      <View className='courses__search'>
        <View className='courses__query'>
          <FormField
            label='搜索课程'
            value={keyword}
            placeholder='搜课程名、工种或培训学校'
            confirmType='search'
            maxlength={30}
            onInput={setKeyword}
            onConfirm={search}
          />
        </View>
        <Text className='courses__search-button' onClick={search}>
          搜索
        </Text>
      </View>
      <FilterBar filters={filters} onChange={setFilters} />
      <View className='courses__links'>
        {brand && (
          <Text
            className='courses__link'
            onClick={() => openPage(`/packages/training/brand/index?id=${brand.id}`)}
          >
            {`${brand.featured?.name ?? brand.name} 品牌介绍 ›`}
          </Text>
        )}
        <Text
          className='courses__link'
          onClick={() => openPage('/packages/training/training-list/index')}
        >
          培训清单 ›
        </Text>
      </View>
      {stale && <OfflineNotice onRetry={refresh} />}
      {list && items.length > 0 && (
        <Text className='courses__total'>{`共 ${list.total} 门课程可以报名`}</Text>
      )}
      <PagedList
        items={items}
        keyOf={(c) => c.id}
        renderItem={(c) => (
          <CourseCard
            course={c}
            onClick={() => openPage(`/packages/training/course/index?id=${c.id}`)}
          />
        )}
        status={
          items.length === 0
            ? listLoad.status
            : moreLoad.status === 'idle'
              ? 'ready'
              : moreLoad.status
        }
        error={items.length === 0 ? listLoad.error : moreLoad.error}
        hasMore={list !== undefined && items.length < list.total}
        onRefresh={refresh}
        onLoadMore={loadMore}
        emptyMessage={filtered ? '没有找到符合条件的课程' : '现在还没有可以报名的课程'}
        emptyNextStep={filtered ? '换个条件试试' : '过几天再来看看'}
        emptyActionText={filtered ? '清空筛选' : undefined}
        onEmptyAction={() => setFilters({})}
      />
    </Page>
  )
}
