import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useEffect } from 'react'
import type { BrandId } from '../../../../types/catalog'
import { BrandCard } from '../../../components/brand-card'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { CourseCard } from '../../../components/course-card'
import { ListState } from '../../../components/list-state'
import { NetworkProgress } from '../../../components/network-progress'
import { OfflineNotice } from '../../../components/offline-notice'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import { BRAND_IDS } from '../../../domain/brands'
import { INSTITUTION_KINDS, KIND_LABELS } from '../../../domain/network'
import { formatDateTime } from '../../../domain/time'
import { openPage } from '../../../services/navigate'
import { useCourseStore } from '../../../stores/training'
import { BrandStories } from './components/brand-stories'
import './index.scss'

const isBrandId = (id: string | undefined): id is BrandId =>
  id !== undefined && (BRAND_IDS as string[]).includes(id)

/** A brand page (R1): story, occupations, targets with live progress, courses, jobs, events. */
export default function BrandPage() {
  const param = useRouter().params.id
  const id: BrandId = isBrandId(param) ? param : 'mifen'
  const saved = useCourseStore((s) => s.brandPages[id])
  const load = useCourseStore((s) => s.brandLoad[id])
  const loadBrand = useCourseStore((s) => s.loadBrand)
  const setFilters = useCourseStore((s) => s.setFilters)
  const page = saved?.data

  useDidShow(() => {
    loadBrand(id)
  })
  usePullDownRefresh(() => {
    loadBrand(id).finally(() => Taro.stopPullDownRefresh())
  })

  const title = page ? (page.brand.featured?.name ?? page.brand.name) : ''
  useEffect(() => {
    if (title) Taro.setNavigationBarTitle({ title })
  }, [title])

  if (!page) {
    return (
      <Page className='brand'>
        <ListState
          status={load?.status === 'error' ? 'error' : 'loading'}
          message={load?.error ?? undefined}
          onRetry={() => loadBrand(id)}
        />
      </Page>
    )
  }

  const { brand } = page
  const allCourses = () => {
    setFilters({ brand: id })
    Taro.switchTab({ url: '/pages/courses/index' })
  }

  return (
    <Page className='brand'>
      {load?.status === 'error' && <OfflineNotice onRetry={() => loadBrand(id)} />}
      {brand.featured && (
        <View className='brand__featured' style={{ backgroundColor: brand.color }}>
          <Text className='brand__featured-name'>{brand.featured.name}</Text>
          <Text className='brand__featured-line'>{brand.featured.tagline}</Text>
        </View>
      )}
      <BrandCard brand={brand} maxOccupations={brand.occupations.length} />

      <SectionTitle title='品牌故事' />
      <Card>
        <Text className='brand__story'>{brand.story}</Text>
      </Card>

      <BrandStories brand={id} />

      <SectionTitle title='正在培训的工种' />
      <View className='brand__occupations'>
        {page.activeOccupations.length === 0 ? (
          <Text className='brand__note'>培训清单暂时没有这个品牌的工种</Text>
        ) : (
          page.activeOccupations.map((o) => (
            <Tag key={o} color={brand.color}>
              {o}
            </Tag>
          ))
        )}
      </View>

      <SectionTitle
        title={`可以报名的课程（${page.courseCount}门）`}
        actionText={page.courseCount > 0 ? '全部 ›' : undefined}
        onAction={allCourses}
      />
      {page.courses.length === 0 ? (
        <ListState
          status='empty'
          message='这个品牌暂时没有可以报名的课程'
          nextStep='去看看其他培训'
          actionText='看全部课程'
          onAction={() => {
            setFilters({})
            Taro.switchTab({ url: '/pages/courses/index' })
          }}
        />
      ) : (
        <View>
          {page.courses.map((c) => (
            <CourseCard
              key={c.id}
              course={c}
              onClick={() => openPage(`/packages/training/course/index?id=${c.id}`)}
            />
          ))}
          {page.courseCount > page.courses.length && (
            <Button variant='secondary' onClick={allCourses}>
              {`查看全部 ${page.courseCount} 门课程`}
            </Button>
          )}
        </View>
      )}

      <SectionTitle title={`招聘岗位（${page.openingCount}个）`} />
      {page.openings.length === 0 ? (
        <Text className='brand__note'>暂时没有这个品牌的岗位</Text>
      ) : (
        page.openings.slice(0, 3).map((o) => (
          <Card key={o.id} onClick={() => openPage(`/packages/jobs/job/index?id=${o.id}`)}>
            <Text className='brand__item-title'>{o.title}</Text>
            <Text className='brand__note'>{`${o.employerName} · ${o.place}`}</Text>
            <Text className='brand__pay'>{`每月 ${o.payMin}-${o.payMax} 元`}</Text>
          </Card>
        ))
      )}

      <SectionTitle title={`招聘活动（${page.eventCount}场）`} />
      {page.events.length === 0 ? (
        <Text className='brand__note'>暂时没有这个品牌的招聘活动</Text>
      ) : (
        page.events.slice(0, 3).map((e) => (
          <Card key={e.id} onClick={() => openPage(`/packages/events/detail/index?id=${e.id}`)}>
            <Text className='brand__item-title'>{e.title}</Text>
            <Text className='brand__note'>
              {`${formatDateTime(e.startAt)} · ${e.mode === 'online' ? '线上' : (e.county ?? '线下')}`}
            </Text>
          </Card>
        ))
      )}

      <SectionTitle title='基地、工作室和龙头企业' />
      <View className='brand__network'>
        {INSTITUTION_KINDS.map((kind) => {
          const n = page.institutions.filter((i) => i.kind === kind).length
          return n === 0 ? null : (
            <Card
              key={kind}
              className='brand__network-kind'
              onClick={() => openPage(`/packages/network/list/index?kind=${kind}&brand=${id}`)}
            >
              <Text className='brand__item-title'>{`${KIND_LABELS[kind]}（${n}个） ›`}</Text>
            </Card>
          )
        })}
      </View>
      <Card onClick={() => openPage('/packages/network/contests/index')}>
        <Text className='brand__item-title'>技能竞赛和技术能手 ›</Text>
      </Card>
      <Card onClick={() => openPage('/packages/network/startup/index')}>
        <Text className='brand__item-title'>创业担保贷款和补贴自查 ›</Text>
      </Card>
      <SectionTitle title='全市进度（对照实施方案目标）' />
      <NetworkProgress
        onOpen={(i) => openPage(`/packages/network/list/index?kind=${i.kind}&level=${i.level}`)}
      />
    </Page>
  )
}
