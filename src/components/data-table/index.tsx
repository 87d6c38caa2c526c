import { Text, View } from '@tarojs/components'
import { useMemo, useState, type ReactNode } from 'react'
import './index.scss'

export interface TableColumn<Row> {
  key: string
  label: string
  /** The cell; defaults to the row's value at `key`. */
  render?: (row: Row) => ReactNode
  /** What the column sorts by; defaults to the row's value at `key`. */
  sortValue?: (row: Row) => string | number
  /** Numbers right-aligned. */
  numeric?: boolean
}

export interface DataTableProps<Row> {
  columns: TableColumn<Row>[]
  rows: Row[]
  rowKey: (row: Row, index: number) => string
  /** Rows per page when the table pages itself; omit when the caller pages (server side). */
  pageSize?: number
  onRowClick?: (row: Row) => void
  /** The row shown as picked (its key), e.g. the one whose details are open below. */
  selectedKey?: string
  /** Shown instead of rows when there are none. */
  empty?: string
}

type Sort = { key: string; dir: 1 | -1 } | null

const valueAt = (row: unknown, key: string) => (row as Record<string, unknown>)[key]

/**
 * A table for desk-sized screens: tap a column head to sort by it (again to reverse), and pages of
 * `pageSize` rows with 上一页 / 下一页. Used where a long list is read and compared at a desk.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  pageSize,
  onRowClick,
  selectedKey,
  empty = '没有记录',
}: DataTableProps<Row>) {
  const [sort, setSort] = useState<Sort>(null)
  const [page, setPage] = useState(1)

  const sorted = useMemo(() => {
    if (!sort) return rows
    const column = columns.find((c) => c.key === sort.key)
    const of = (r: Row) => (column?.sortValue ? column.sortValue(r) : valueAt(r, sort.key))
    return [...rows].sort((a, b) => {
      const x = of(a) as string | number
      const y = of(b) as string | number
      if (typeof x === 'number' && typeof y === 'number') return (x - y) * sort.dir
      return String(x ?? '').localeCompare(String(y ?? ''), 'zh-CN') * sort.dir
    })
  }, [rows, sort, columns])

  const pages = pageSize ? Math.max(1, Math.ceil(sorted.length / pageSize)) : 1
  const current = Math.min(page, pages)
  const shown = pageSize ? sorted.slice((current - 1) * pageSize, current * pageSize) : sorted

  const sortBy = (key: string) =>
    setSort((s) => (s?.key === key ? { key, dir: s.dir === 1 ? -1 : 1 } : { key, dir: 1 }))

  return (
    <View className='data-table'>
      <View className='data-table__scroll'>
        <View className='data-table__row data-table__row--head'>
          {columns.map((c) => (
            <View
              key={c.key}
              className={`data-table__cell data-table__cell--head ${c.numeric ? 'data-table__cell--numeric' : ''}`}
              onClick={() => sortBy(c.key)}
              aria-sort={
                sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'
              }
            >
              <Text>{c.label}</Text>
              <Text className='data-table__arrow'>
                {sort?.key === c.key ? (sort.dir === 1 ? ' ▲' : ' ▼') : ' ↕'}
              </Text>
            </View>
          ))}
        </View>
        {shown.length === 0 ? (
          <Text className='data-table__empty'>{empty}</Text>
        ) : (
          shown.map((row, i) => (
            <View
              key={rowKey(row, i)}
              className={`data-table__row ${onRowClick ? 'data-table__row--link' : ''} ${selectedKey === rowKey(row, i) ? 'data-table__row--picked' : ''}`}
              aria-selected={selectedKey === rowKey(row, i)}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
            >
              {columns.map((c) => (
                <View
                  key={c.key}
                  className={`data-table__cell ${c.numeric ? 'data-table__cell--numeric' : ''}`}
                >
                  {c.render ? c.render(row) : <Text>{String(valueAt(row, c.key) ?? '')}</Text>}
                </View>
              ))}
            </View>
          ))
        )}
      </View>
      {pageSize && pages > 1 && (
        <Pager page={current} pages={pages} onPage={setPage} total={sorted.length} />
      )}
    </View>
  )
}

export interface PagerProps {
  page: number
  pages: number
  total: number
  onPage: (page: number) => void
}

/** 第 2 / 5 页，共 93 条 with 上一页 / 下一页. */
export function Pager({ page, pages, total, onPage }: PagerProps) {
  return (
    <View className='pager'>
      <Text
        className={`pager__button ${page <= 1 ? 'pager__button--off' : ''}`}
        onClick={page > 1 ? () => onPage(page - 1) : undefined}
      >
        上一页
      </Text>
      <Text className='pager__where'>{`第 ${page} / ${pages} 页，共 ${total} 条`}</Text>
      <Text
        className={`pager__button ${page >= pages ? 'pager__button--off' : ''}`}
        onClick={page < pages ? () => onPage(page + 1) : undefined}
      >
        下一页
      </Text>
    </View>
  )
}
