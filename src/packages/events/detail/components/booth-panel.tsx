import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { Booth } from '../../../../../types/events'
import type { Opening } from '../../../../../types/jobs'
import { Button } from '../../../../components/button'
import { ListState } from '../../../../components/list-state'
import { Tag } from '../../../../components/tag'
import { toInstant } from '../../../../domain/time'
import { callApi } from '../../../../services/call-api'
import { openPage } from '../../../../services/navigate'

export interface BoothPanelProps {
  eventId: string
}

const STATUS_TEXT: Record<Booth['status'], string> = {
  pending: '展位审核中',
  approved: '展位已通过',
  refused: '展位没有通过',
}

const STATUS_TONE = { pending: 'warning', approved: 'success', refused: 'danger' } as const

/** For employers: book a booth at this event and bring some of their open openings. */
export function BoothPanel({ eventId }: BoothPanelProps) {
  const [openings, setOpenings] = useState<Opening[] | null>(null)
  const [booth, setBooth] = useState<Booth | null>(null)
  const [chosen, setChosen] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    setError(null)
    try {
      const [mine, booths] = await Promise.all([
        callApi('employer/openings', {}, { retry: true }),
        callApi('employer/booths', {}, { retry: true }),
      ])
      const now = Date.now()
      const open = mine.filter((o) => o.status === 'open' && toInstant(o.expiresAt) > now)
      const current = booths.find((b) => b.eventId === eventId) ?? null
      setOpenings(open)
      setBooth(current)
      setChosen(current ? current.openingIds.filter((id) => open.some((o) => o.id === id)) : [])
    } catch (err) {
      setError((err as Error).message)
    }
  }

  useEffect(() => {
    load()
    // Loads once per event page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [eventId])

  const toggle = (id: string) =>
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]))

  const book = async () => {
    setBusy(true)
    try {
      const result = await callApi('employer/booth', { eventId, openingIds: chosen })
      setBooth(result)
      Taro.showToast({ title: '已提交，等工作人员审核', icon: 'none' })
    } catch (err) {
      Taro.showModal({ title: '没有预订成功', content: (err as Error).message, showCancel: false })
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='event-detail__section'>
      <Text className='event-detail__label'>预订展位（用人单位）</Text>
      {booth && (
        <View className='event-detail__booth-status'>
          <Tag tone={STATUS_TONE[booth.status]}>{STATUS_TEXT[booth.status]}</Tag>
          {booth.reason && <Text className='event-detail__sub'>{`原因：${booth.reason}`}</Text>}
        </View>
      )}
      {error ? (
        <ListState status='error' message={error} onRetry={load} />
      ) : openings === null ? (
        <ListState status='loading' />
      ) : openings.length === 0 ? (
        <ListState
          status='empty'
          message='你的单位还没有在招的岗位'
          nextStep='先发布岗位，再来预订展位'
          actionText='去发布岗位'
          onAction={() => openPage('/packages/employer/post/index')}
        />
      ) : (
        <View>
          <Text className='event-detail__sub'>选择要带到展位的岗位：</Text>
          {openings.map((o) => {
            const on = chosen.includes(o.id)
            return (
              <View
                key={o.id}
                className={`event-detail__choice${on ? ' event-detail__choice--on' : ''}`}
                aria-checked={on}
                role='checkbox'
                onClick={() => toggle(o.id)}
              >
                <Text className='event-detail__choice-box'>{on ? '☑' : '☐'}</Text>
                <Text className='event-detail__choice-text'>{o.title}</Text>
              </View>
            )
          })}
          <View className='event-detail__inline-action'>
            <Button
              variant='secondary'
              loading={busy}
              disabled={chosen.length === 0}
              onClick={book}
            >
              {booth
                ? `重新提交展位（${chosen.length} 个岗位）`
                : `预订展位（${chosen.length} 个岗位）`}
            </Button>
          </View>
        </View>
      )}
    </View>
  )
}
