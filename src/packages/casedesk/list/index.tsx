import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { CaseStatus, StaffCasePage } from '../../../../types/rights'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import { CATEGORY_LABELS, STATUS_LABELS, type CaseCategory } from '../../../domain/rights'
import { formatDate } from '../../../domain/time'
import { callApi } from '../../../services/call-api'
import './index.scss'
import { openPage } from '../../../services/navigate'

type Filter = { label: string; status?: CaseStatus; dueWithinDays?: number }

const FILTERS: Filter[] = [
  { label: '待处理' },
  { label: '即将到期', dueWithinDays: 3 },
  { label: '已提交', status: 'submitted' },
  { label: '申请复核', status: 'reopened' },
  { label: '调查中', status: 'investigating' },
  { label: '已办结', status: 'closed' },
  { label: '不予受理', status: 'rejected' },
]

/** 维权案件台: the queue by status and deadline, warnings, counts by category and county. */
export default function CaseQueue() {
  const [filter, setFilter] = useState<Filter>(FILTERS[0])
  const [page, setPage] = useState<StaffCasePage | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = async (f: Filter = filter) => {
    setError(null)
    try {
      setPage(
        await callApi(
          'staff/rights/list',
          {
            ...(f.status ? { status: f.status } : {}),
            ...(f.dueWithinDays !== undefined ? { dueWithinDays: f.dueWithinDays } : {}),
          },
          { retry: true },
        ),
      )
    } catch (err) {
      setError((err as Error).message)
    }
  }
  useDidShow(() => {
    load()
  })
  const pick = (f: Filter) => {
    setFilter(f)
    setPage(null)
    load(f)
  }

  return (
    <Page className='casedesk'>
      <View className='casedesk__filters'>
        {FILTERS.map((f) => (
          <Text
            key={f.label}
            className={`casedesk__filter ${f.label === filter.label ? 'casedesk__filter--on' : ''}`}
            onClick={() => pick(f)}
          >
            {f.label}
          </Text>
        ))}
      </View>
      {page && page.counts.warnings > 0 && (
        <Text className='casedesk__warning'>{`${page.counts.warnings}件案件3个工作日内到期或已超期`}</Text>
      )}
      {error ? (
        <ListState status='error' message={error} onRetry={() => load()} />
      ) : !page ? (
        <ListState status='loading' />
      ) : page.items.length === 0 ? (
        <ListState status='empty' message='没有这类案件' />
      ) : (
        page.items.map((c) => (
          <Card
            key={c.id}
            className='casedesk__case'
            onClick={() => openPage(`/packages/casedesk/case/index?id=${c.id}`)}
          >
            <View className='casedesk__head'>
              <Text className='casedesk__title'>{`${CATEGORY_LABELS[c.category]} · ${c.caseNo}`}</Text>
              <Tag tone={c.warning ? 'danger' : 'plain'}>{STATUS_LABELS[c.status]}</Tag>
            </View>
            <Text className='casedesk__line'>{c.targetName ?? c.text.slice(0, 30)}</Text>
            <Text className='casedesk__line'>
              {`${formatDate(c.createdAt)}提交${c.dueAt ? ` · ${formatDate(c.dueAt)}前${c.status === 'submitted' || c.status === 'reopened' ? '受理' : '办结'}` : ''}${c.county ? ` · ${c.county}` : ''}`}
            </Text>
            {c.warning && <Text className='casedesk__due'>{c.warning}</Text>}
          </Card>
        ))
      )}
      {page && (
        <>
          <SectionTitle title='按类别' />
          <Card>
            {Object.entries(page.counts.byCategory).map(([k, n]) => (
              <Text
                key={k}
                className='casedesk__count'
              >{`${CATEGORY_LABELS[k as CaseCategory] ?? k}：${n}件`}</Text>
            ))}
          </Card>
          <SectionTitle title='按区县' />
          <Card>
            {Object.entries(page.counts.byCounty).map(([k, n]) => (
              <Text key={k} className='casedesk__count'>{`${k}：${n}件`}</Text>
            ))}
          </Card>
        </>
      )}
    </Page>
  )
}
