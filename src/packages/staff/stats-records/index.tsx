import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useState } from 'react'
import type { StatsRecords } from '../../../../types/stats'
import { Card } from '../../../components/card'
import { DataTable, Pager } from '../../../components/data-table'
import { useDesktop } from '../../../components/desktop'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { beijingDate } from '../../../domain/time'
import { callApi } from '../../../services/call-api'
import { exportCsv } from '../home/export'
import { filterTitle, recordsCsv } from '../stats/csv'
import { filterFromParams } from '../stats/filters'
import './index.scss'

const PAGE_SIZE = 20
/** Records fetched per request when exporting them all. */
const EXPORT_PAGE = 200

/** The records one figure counts, under the dashboard's filter: paged, and exported as CSV. */
export default function StatsRecordsPage() {
  const params = useRouter().params
  const key = params.key ?? ''
  const [filter] = useState(() => filterFromParams(params))
  const desktop = useDesktop()
  const [page, setPage] = useState(1)
  const [data, setData] = useState<StatsRecords | null>(null)
  const [label, setLabel] = useState<string>('')
  const [error, setError] = useState<string | null>(null)
  const [note, setNote] = useState<string | null>(null)

  const load = useCallback(async () => {
    setError(null)
    try {
      const [records, stats] = await Promise.all([
        callApi(
          'staff/stats/records',
          { ...filter, key, page, pageSize: PAGE_SIZE },
          { retry: true },
        ),
        label ? null : callApi('staff/stats', filter, { retry: true }),
      ])
      setData(records)
      const figure = stats?.figures.find((f) => f.key === key)
      if (figure) setLabel(`${figure.label}：${figure.value}${figure.unit}`)
    } catch (err) {
      setError((err as Error).message)
    }
  }, [filter, key, page, label])

  useEffect(() => {
    load()
  }, [load])

  const title = `${label || '记录'}（${filterTitle(filter)}）`

  const onExport = async () => {
    if (!data) return
    setNote('正在导出…')
    try {
      const items: StatsRecords['items'] = []
      for (let p = 1; items.length < data.total; p++) {
        const part = await callApi(
          'staff/stats/records',
          { ...filter, key, page: p, pageSize: EXPORT_PAGE },
          { retry: true },
        )
        items.push(...part.items)
        if (part.items.length < EXPORT_PAGE) break
      }
      const fileName = `${label.split('：')[0] || key}-${filterTitle(filter).replace(/ · /g, '-')}-${beijingDate()}.csv`
      const outcome = await exportCsv(fileName, recordsCsv(title, data.columns, items))
      setNote(
        outcome === 'downloaded'
          ? `已下载 ${items.length} 条：${fileName}`
          : `已复制 ${items.length} 条，可以粘贴到电子表格里`,
      )
    } catch {
      setNote('没有导出成功，请再试一次')
    }
  }

  if (!data) {
    return (
      <Page className='stats-records'>
        <ListState
          status={error ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={load}
        />
      </Page>
    )
  }
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE))
  return (
    <Page className='stats-records'>
      <SectionTitle
        title={title}
        actionText={data.total > 0 ? '导出表格' : undefined}
        onAction={onExport}
      />
      {note && <Text className='stats-records__note'>{note}</Text>}
      {error && <Text className='stats-records__error'>{error}</Text>}
      <Text className='stats-records__note'>姓名只显示姓，电话、身份证号不显示。</Text>
      {desktop ? (
        <DataTable
          columns={data.columns}
          rows={data.items}
          rowKey={(_row, i) => `${page}-${i}`}
          empty='这个范围里没有记录'
        />
      ) : data.items.length === 0 ? (
        <ListState
          status='empty'
          message='这个范围里没有记录'
          nextStep='回工作台换个年份或区县试试'
        />
      ) : (
        data.items.map((item, i) => (
          <Card key={`${page}-${i}`} className='stats-records__item'>
            {data.columns.map((c) => (
              <View key={c.key} className='stats-records__row'>
                <Text className='stats-records__label'>{c.label}</Text>
                <Text className='stats-records__value'>{String(item[c.key] ?? '')}</Text>
              </View>
            ))}
          </Card>
        ))
      )}
      {pages > 1 && <Pager page={page} pages={pages} total={data.total} onPage={setPage} />}
    </Page>
  )
}
