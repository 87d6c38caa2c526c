import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { NetworkProgress } from '../../../components/network-progress'
import { Page } from '../../../components/page'
import { percentOf, ProgressBar } from '../../../components/progress-bar'
import { SectionTitle } from '../../../components/section-title'
import { PLAN_TITLE, PLAN_TOTALS } from '../../../domain/brands'
import { beijingDate } from '../../../domain/time'
import { useStaffStore } from '../../../stores/staff'
import { openPage } from '../../../services/navigate'
import { LinkRow } from './components/link-row'
import { TargetRow } from './components/target-row'
import { progressCsv } from './csv'
import { exportCsv } from './export'
import { matchRunSummary } from './summary'
import { StaffOnly } from './components/staff-only'
import './index.scss'

const go = (url: string) => () => openPage(url)

/** 人社局工作台: progress against every plan target, coverage, events, and the staff tools. */
export default function StaffHome() {
  const dashboard = useStaffStore((s) => s.dashboard)
  const status = useStaffStore((s) => s.dashboardStatus)
  const error = useStaffStore((s) => s.dashboardError)
  const forbidden = useStaffStore((s) => s.forbidden)
  const load = useStaffStore((s) => s.loadDashboard)
  const matchRun = useStaffStore((s) => s.matchRun)
  const runStatus = useStaffStore((s) => s.matchRunStatus)
  const runError = useStaffStore((s) => s.matchRunError)
  const runMatch = useStaffStore((s) => s.runMatch)
  const [exported, setExported] = useState<string | null>(null)

  useDidShow(() => {
    load()
  })

  if (!dashboard) {
    return (
      <Page className='staff-home'>
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

  const { brands, events, coverage, pendingEmployers } = dashboard
  const trained = brands.reduce((sum, b) => sum + b.progress.training, 0)
  const employed = brands.reduce((sum, b) => sum + b.progress.employment, 0)
  const short = coverage.trainees - coverage.withThreeOrMore

  const onExport = async () => {
    const fileName = `劳务品牌进度-${beijingDate()}.csv`
    try {
      const outcome = await exportCsv(fileName, progressCsv(brands))
      setExported(
        outcome === 'downloaded'
          ? `已下载表格：${fileName}`
          : '表格内容已复制，可以粘贴到电子表格里',
      )
    } catch {
      setExported('没有导出成功，请再试一次')
    }
  }

  return (
    <Page className='staff-home'>
      <Text className='staff-home__title'>人社局工作台</Text>
      <Text className='staff-home__plan'>{`目标出自${PLAN_TITLE}`}</Text>
      {status === 'error' && (
        <Text className='staff-home__stale' onClick={load}>
          {`${error ?? '没有刷新成功'}。下面是上次的数字，点这里重试`}
        </Text>
      )}

      <LinkRow
        title='统计报表'
        note='按年份、区县、品牌看全部目标，点数字看记录，也能导出'
        onClick={go('/packages/staff/stats/index')}
      />

      <SectionTitle title='总目标' />
      <Card>
        <TargetRow
          label='培训'
          done={trained}
          target={PLAN_TOTALS.training.value}
          unit='人次'
          source={PLAN_TOTALS.training.source}
        />
        <TargetRow
          label='就业创业'
          done={employed}
          target={PLAN_TOTALS.employment.value}
          unit='人次'
          source={PLAN_TOTALS.employment.source}
        />
      </Card>

      <SectionTitle title='各品牌进度' actionText='导出表格' onAction={onExport} />
      {exported && <Text className='staff-home__note'>{exported}</Text>}
      {brands.map((b) => (
        <Card key={b.id} accent={b.color} className='staff-home__brand'>
          <View className='staff-home__brand-head'>
            <Text className='staff-home__brand-name'>{b.name}</Text>
            <Text
              className='staff-home__brand-link'
              onClick={go(`/packages/training/brand/index?id=${b.id}`)}
            >
              品牌详情 ›
            </Text>
          </View>
          <TargetRow
            label='培训'
            done={b.progress.training}
            target={b.targets.training.value}
            unit='人次'
            source={b.targets.training.source}
            color={b.color}
          />
          <TargetRow
            label='就业创业'
            done={b.progress.employment}
            target={b.targets.employment.value}
            unit='人次'
            source={b.targets.employment.source}
            color={b.color}
          />
        </Card>
      ))}
      <SectionTitle title='基地、工作室和龙头企业' />
      <NetworkProgress
        onOpen={(i) => openPage(`/packages/network/list/index?kind=${i.kind}&level=${i.level}`)}
      />
      <LinkRow
        title='培训清单管理'
        note='各品牌在培训的工种：添加、停止或恢复'
        onClick={go('/packages/staff/training-list/index')}
      />

      <SectionTitle title='推荐覆盖' />
      <Card>
        <Text className='staff-home__line'>
          {`学员 ${coverage.trainees} 人，已推荐满3次 ${coverage.withThreeOrMore} 人`}
        </Text>
        <ProgressBar done={coverage.withThreeOrMore} total={coverage.trainees} />
        <Text className='staff-home__source'>依据：每名学员至少推荐3次岗位</Text>
      </Card>
      <LinkRow
        title='推荐覆盖'
        note={short > 0 ? `还有 ${short} 人不满3次，看看原因` : '所有学员都已推荐满3次'}
        onClick={go('/packages/staff/coverage/index')}
      />

      <SectionTitle title={`${events.year}年招聘活动`} />
      <Card>
        <TargetRow
          label='已发布品牌活动'
          done={events.total}
          target={events.target}
          unit='场'
          source={events.source}
        />
        <View className='staff-home__events'>
          {events.perBrand.map((b) => (
            <Text key={b.brand} className='staff-home__event-brand'>
              {`${b.name} ${b.count}场`}
            </Text>
          ))}
        </View>
      </Card>
      <LinkRow
        title='招聘活动管理'
        note={
          events.total >= events.target
            ? `今年已发布 ${events.total} 场，已达到 ${events.target} 场`
            : `今年还差 ${events.target - events.total} 场`
        }
        onClick={go('/packages/staff/events/index')}
      />

      <SectionTitle title='审核' />
      <LinkRow
        title='用人单位审核'
        note={pendingEmployers > 0 ? `${pendingEmployers} 家等待审核` : '没有等待审核的单位'}
        onClick={go('/packages/staff/employers/index')}
      />
      <LinkRow
        title='维权案件'
        note='投诉举报：受理、调查、办结，到期提醒'
        onClick={go('/packages/casedesk/list/index')}
      />

      <View className='staff-home__match'>
        {runStatus === 'done' && matchRun && (
          <Text className='staff-home__result'>{matchRunSummary(matchRun)}</Text>
        )}
        {runStatus === 'error' && (
          <Text className='staff-home__result staff-home__result--error'>
            {`${runError ?? '没有完成'}。可以再点一次。`}
          </Text>
        )}
        <Text className='staff-home__hint'>
          {`给不满3次的学员找合适的岗位，发到站内消息；覆盖率现在是 ${percentOf(coverage.withThreeOrMore, coverage.trainees)}%`}
        </Text>
        <Button loading={runStatus === 'running'} onClick={runMatch}>
          {runStatus === 'running' ? '正在匹配推送…' : '立即匹配推送'}
        </Button>
      </View>
    </Page>
  )
}
