import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { ProgressBar } from '../../../components/progress-bar'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import { useStaffStore } from '../../../stores/staff'
import { StaffOnly } from '../home/components/staff-only'
import { SHORT_REASON_LABELS, SHORT_REASON_NEXT, SHORT_REASONS, type ShortReason } from './reasons'
import './index.scss'

const REQUIRED = 3
// Names shown at a time; the list can hold up to 500.
const STEP = 50

/** 推荐覆盖: every trainee should be recommended jobs at least 3 times; who is below, and why. */
export default function StaffCoverage() {
  const coverage = useStaffStore((s) => s.coverage)
  const status = useStaffStore((s) => s.coverageStatus)
  const error = useStaffStore((s) => s.coverageError)
  const forbidden = useStaffStore((s) => s.forbidden)
  const load = useStaffStore((s) => s.loadCoverage)
  const [filter, setFilter] = useState<ShortReason | null>(null)
  const [limit, setLimit] = useState(STEP)

  useDidShow(() => {
    load()
  })

  if (!coverage) {
    return (
      <Page className='staff-coverage'>
        {forbidden ? (
          <StaffOnly />
        ) : (
          <ListState
            status={status === 'error' ? 'error' : 'loading'}
            message={error ?? undefined}
            onRetry={load}
          />
        )}
      </Page>
    )
  }

  const countOf = (r: ShortReason) => coverage.short.filter((s) => s.reason === r).length
  const matching = filter ? coverage.short.filter((s) => s.reason === filter) : coverage.short
  const shown = matching.slice(0, limit)
  const choose = (r: ShortReason | null) => {
    setFilter(r)
    setLimit(STEP)
  }

  return (
    <Page className='staff-coverage'>
      <Card>
        <Text className='staff-coverage__line'>
          {`学员 ${coverage.trainees} 人，已推荐满${REQUIRED}次 ${coverage.withThreeOrMore} 人，不满${REQUIRED}次 ${coverage.short.length} 人`}
        </Text>
        <ProgressBar done={coverage.withThreeOrMore} total={coverage.trainees} />
        <Text className='staff-coverage__rule'>依据：每名学员至少推荐3次岗位</Text>
      </Card>

      <View className='staff-coverage__filters'>
        <Text
          className={`staff-coverage__filter ${filter === null ? 'staff-coverage__filter--on' : ''}`}
          onClick={() => choose(null)}
        >
          {`全部 ${coverage.short.length}`}
        </Text>
        {SHORT_REASONS.map((r) => (
          <Text
            key={r}
            className={`staff-coverage__filter ${filter === r ? 'staff-coverage__filter--on' : ''}`}
            onClick={() => choose(r)}
          >
            {`${SHORT_REASON_LABELS[r]} ${countOf(r)}`}
          </Text>
        ))}
      </View>
      {filter && (
        <Text className='staff-coverage__next'>{`怎么办：${SHORT_REASON_NEXT[filter]}`}</Text>
      )}

      <SectionTitle title={`不满${REQUIRED}次的学员`} />
      {status === 'error' && (
        <Text className='staff-coverage__stale' onClick={load}>
          {`${error ?? '没有刷新成功'}。下面是上次的名单，点这里重试`}
        </Text>
      )}
      {shown.length === 0 ? (
        <ListState
          status='empty'
          message={filter ? '这一类没有学员' : `所有学员都已推荐满${REQUIRED}次`}
          nextStep={filter ? '看看其他原因' : '新学员报名后，下一次匹配会给他们推荐岗位'}
          actionText={filter ? '看全部' : undefined}
          onAction={filter ? () => choose(null) : undefined}
        />
      ) : (
        shown.map((s) => (
          <Card key={s.openid} className='staff-coverage__item'>
            <View className='staff-coverage__head'>
              <Text className='staff-coverage__name'>{s.name}</Text>
              <Tag tone={s.reason === 'awaiting_pass' ? 'primary' : 'warning'}>
                {SHORT_REASON_LABELS[s.reason]}
              </Tag>
            </View>
            <Text className='staff-coverage__detail'>
              {`已推荐 ${s.live} 次，还差 ${Math.max(0, REQUIRED - s.live)} 次` +
                (s.suitable > 0 ? `；现在有 ${s.suitable} 个合适岗位` : '')}
            </Text>
          </Card>
        ))
      )}
      {matching.length > shown.length && (
        <Button variant='secondary' onClick={() => setLimit(limit + STEP)}>
          {`再显示 ${Math.min(STEP, matching.length - shown.length)} 人（还有 ${matching.length - shown.length} 人）`}
        </Button>
      )}
    </Page>
  )
}
