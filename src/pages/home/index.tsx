import { View } from '@tarojs/components'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useEffect } from 'react'
import type { Brand } from '../../../types/catalog'
import { BrandCard } from '../../components/brand-card'
import { ListState } from '../../components/list-state'
import { OfflineNotice } from '../../components/offline-notice'
import { Page } from '../../components/page'
import { SectionTitle } from '../../components/section-title'
import { useCatalogStore } from '../../stores/catalog'
import { openPage } from '../../services/navigate'
import { FeaturedBrand, type FeaturedBrandProps } from './components/featured-brand'
import { RecommendedJobs } from './recommended-jobs'
import { UpcomingEvents } from './upcoming-events'
import './index.scss'

const openBrand = (id: Brand['id']) => openPage(`/packages/training/brand/index?id=${id}`)

const isFeatured = (b: Brand): b is FeaturedBrandProps['brand'] => b.featured !== undefined

export default function Home() {
  const brands = useCatalogStore((s) => s.brands)
  const status = useCatalogStore((s) => s.status)
  const error = useCatalogStore((s) => s.error)
  const savedAt = useCatalogStore((s) => s.savedAt)
  const loadBrands = useCatalogStore((s) => s.loadBrands)

  useEffect(() => {
    // Already asked for at start (stores/first-screen.ts) unless the app opened elsewhere.
    if (useCatalogStore.getState().status === 'idle') loadBrands()
  }, [loadBrands])

  usePullDownRefresh(() => {
    loadBrands().finally(() => Taro.stopPullDownRefresh())
  })

  const featured = brands.find(isFeatured)

  return (
    <Page className='home'>
      {status === 'error' && brands.length > 0 && (
        <OfflineNotice error={error} savedAt={savedAt} onRetry={loadBrands} />
      )}
      {brands.length === 0 ? (
        <ListState
          status={status === 'error' ? 'error' : status === 'ready' ? 'empty' : 'loading'}
          message={
            status === 'error'
              ? (error ?? undefined)
              : status === 'ready'
                ? '暂时没有劳务品牌'
                : undefined
          }
          nextStep='下拉可以刷新'
          onRetry={loadBrands}
        />
      ) : (
        <View>
          {featured && <FeaturedBrand brand={featured} onOpen={() => openBrand(featured.id)} />}
          <RecommendedJobs />
          <SectionTitle title='四大劳务品牌' />
          {brands.map((b) => (
            <BrandCard key={b.id} brand={b} onOpen={() => openBrand(b.id)} />
          ))}
          <UpcomingEvents />
        </View>
      )}
    </Page>
  )
}
