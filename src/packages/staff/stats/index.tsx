import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { Figure, FigureGroup } from '../../../../types/stats'
import { formatCount } from '../../../components/brand-card/format'
import { Card } from '../../../components/card'
import { DataTable } from '../../../components/data-table'
import { useDesktop } from '../../../components/desktop'
import { ListState } from '../../../components/list-state'
import { OptionPicker } from '../../../components/option-picker'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { beijingDate } from '../../../domain/time'
import { openPage } from '../../../services/navigate'
import { useStatsStore } from '../../../stores/stats'
import { exportCsv } from '../home/export'
import { StaffOnly } from '../home/components/staff-only'
import { TargetRow } from '../home/components/target-row'
import { figureShare, figuresCsv, filterTitle } from './csv'
import { BRAND_OPTIONS, COUNTY_OPTIONS, filterQuery, yearOptions } from './filters'
import './index.scss'

const GROUPS: Array<[FigureGroup, string]> = [
  ['training', '培训'],
  ['employment', '就业创业'],
  ['events', '招聘活动'],
  ['institutions', '品牌网络（示范基地、专家工作室、龙头企业）'],
  ['coverage', '推荐覆盖'],
]

/** 统计报表 (R10): every figure of the plan per year, county and brand; each opens its records. */
export default function StaffStats() {
  const { filter, figures, status, error, forbidden, setFilter, load } = useStatsStore()
  const desktop = useDesktop()
  const [exported, setExported] = useState<string | null>(null)

  useDidShow(() => {
    load()
  })

  const open = (f: Figure) => {
    const query = filterQuery(filter)
    openPage(`/packages/staff/stats-records/index?key=${f.key}${query ? `&${query}` : ''}`)
  }

  const onExport = async () => {
    const fileName = `劳务品牌统计-${filterTitle(filter).replace(/ · /g, '-')}-${beijingDate()}.csv`
    try {
      const outcome = await exportCsv(fileName, figuresCsv(filter, figures))
      setExported(
        outcome === 'downloaded'
          ? `已下载表格：${fileName}`
          : '表格内容已复制，可以粘贴到电子表格里',
      )
    } catch {
      setExported('没有导出成功，请再试一次')
    }
  }

  if (forbidden)
    return (
      <Page className='staff-stats'>
        <StaffOnly />
      </Page>
    )

  return (
    <Page className='staff-stats'>
      <Text className='staff-stats__title'>{`统计报表：${filterTitle(filter)}`}</Text>
      <View className='staff-stats__filters'>
        <OptionPicker
          look='chip'
          title='年份'
          placeholder='累计'
          clearLabel='累计（2022年至今）'
          options={yearOptions()}
          value={filter.year}
          onChange={(year) => setFilter({ ...filter, year })}
        />
        <OptionPicker
          look='chip'
          title='区县'
          placeholder='全市'
          clearLabel='全市'
          options={COUNTY_OPTIONS}
          value={filter.county}
          onChange={(county) => setFilter({ ...filter, county })}
        />
        <OptionPicker
          look='chip'
          title='品牌'
          placeholder='全部品牌'
          clearLabel='全部品牌'
          options={BRAND_OPTIONS}
          value={filter.brand}
          onChange={(brand) => setFilter({ ...filter, brand })}
        />
      </View>
      <Text className='staff-stats__hint'>
        点任何一个数字，看它数的是哪些记录（培训结业和证书、录用和岗位、活动、机构、学员），也可以导出。
      </Text>
      {status === 'error' && (
        <ListState status='error' message={error ?? undefined} onRetry={load} />
      )}
      {figures.length === 0 && status !== 'error' && <ListState status='loading' />}
      {figures.length > 0 && (
        <>
          <SectionTitle title='全部数字' actionText='导出表格' onAction={onExport} />
          {exported && <Text className='staff-stats__note'>{exported}</Text>}
        </>
      )}
      {GROUPS.map(([group, title]) => {
        const list = figures.filter((f) => f.group === group)
        if (!list.length) return null
        return (
          <View key={group} className='staff-stats__group'>
            <SectionTitle title={title} />
            {desktop ? (
              <DataTable
                columns={[
                  { key: 'label', label: '指标' },
                  {
                    key: 'value',
                    label: '数值',
                    numeric: true,
                    render: (f: Figure) => <Text>{`${f.value}${f.unit}`}</Text>,
                  },
                  {
                    key: 'target',
                    label: '目标',
                    numeric: true,
                    sortValue: (f: Figure) => f.target ?? -1,
                    render: (f: Figure) => (
                      <Text>{f.target ? `${formatCount(f.target)}${f.unit}` : '—'}</Text>
                    ),
                  },
                  {
                    key: 'share',
                    label: '完成',
                    numeric: true,
                    sortValue: (f: Figure) => (f.target ? f.value / f.target : -1),
                    render: (f: Figure) => <Text>{figureShare(f) || '—'}</Text>,
                  },
                  { key: 'source', label: '依据' },
                ]}
                rows={list}
                rowKey={(f) => f.key}
                onRowClick={open}
              />
            ) : (
              list.map((f) => (
                <Card key={f.key} className='staff-stats__figure' onClick={() => open(f)}>
                  {f.target ? (
                    <TargetRow
                      label={f.label}
                      done={f.value}
                      target={f.target}
                      unit={f.unit}
                      source={f.source}
                    />
                  ) : (
                    <View className='staff-stats__plain'>
                      <Text className='staff-stats__label'>{f.label}</Text>
                      <Text className='staff-stats__value'>{`${f.value}${f.unit}`}</Text>
                      <Text className='staff-stats__source'>{f.source}</Text>
                    </View>
                  )}
                  <Text className='staff-stats__open'>看记录 ›</Text>
                </Card>
              ))
            )}
          </View>
        )
      })}
    </Page>
  )
}
