import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { EventListItem } from '../../../../../types/events'
import { Button } from '../../../../components/button'
import { EventCard } from '../../../../components/event-card'
import { FormField } from '../../../../components/form-field'
import { OptionPicker, plainOptions } from '../../../../components/option-picker'
import { openPage } from '../../../../services/navigate'

export interface EventRowProps {
  event: EventListItem
  onPublish: (id: string) => Promise<void>
  onCancel: (id: string, reason: string) => Promise<number>
  onResults: (id: string, results: { attended?: number; offers?: number }) => Promise<void>
}

const CANCEL_REASONS = [
  '天气原因',
  '场地临时不能使用',
  '参加的用人单位不足',
  '时间调整，将另行通知',
]

const STATUS_NOTE = { draft: '草稿，还没有发布', published: '已发布', cancelled: '已取消' } as const

type Panel = 'none' | 'cancel' | 'results'

function whole(text: string): number | undefined {
  const t = text.trim()
  return /^\d+$/.test(t) ? Number(t) : undefined
}

/** One event on the staff list with what can be done to it now. */
export function EventRow({ event, onPublish, onCancel, onResults }: EventRowProps) {
  const [panel, setPanel] = useState<Panel>('none')
  const [busy, setBusy] = useState(false)
  const [reason, setReason] = useState('')
  const [attended, setAttended] = useState(String(event.results?.attended ?? ''))
  const [offers, setOffers] = useState(String(event.results?.offers ?? ''))

  const run = async (work: () => Promise<string>) => {
    setBusy(true)
    try {
      const said = await work()
      setPanel('none')
      Taro.showToast({ title: said, icon: 'none' })
    } catch (err) {
      Taro.showModal({ title: '没有成功', content: (err as Error).message, showCancel: false })
    } finally {
      setBusy(false)
    }
  }

  const open = event.status !== 'cancelled' && !event.past
  const go = (page: string) =>
    openPage(`/packages/staff/${page}/index?id=${encodeURIComponent(event.id)}`)

  return (
    <View className='staff-events__item'>
      <EventCard
        event={event}
        note={`${STATUS_NOTE[event.status]} · 报名 ${event.signupCount} 人`}
        onClick={() => openPage(`/packages/events/detail/index?id=${encodeURIComponent(event.id)}`)}
      />
      <View className='staff-events__row-actions'>
        {open && (
          <View className='staff-events__row-action'>
            <Button variant='secondary' onClick={() => go('event-edit')}>
              编辑
            </Button>
          </View>
        )}
        {open && event.status === 'draft' && (
          <View className='staff-events__row-action'>
            <Button
              loading={busy}
              onClick={() =>
                run(async () => {
                  await onPublish(event.id)
                  return '已发布，劳动者可以报名了'
                })
              }
            >
              发布
            </Button>
          </View>
        )}
        {open && event.status === 'published' && event.mode === 'offline' && (
          <View className='staff-events__row-action'>
            <Button variant='secondary' onClick={() => go('checkin-code')}>
              签到码
            </Button>
          </View>
        )}
        {open && event.status === 'published' && (
          <View className='staff-events__row-action'>
            <Button
              variant='secondary'
              onClick={() => setPanel(panel === 'cancel' ? 'none' : 'cancel')}
            >
              取消活动
            </Button>
          </View>
        )}
        {event.status === 'published' && (
          <View className='staff-events__row-action'>
            <Button
              variant='secondary'
              onClick={() => setPanel(panel === 'results' ? 'none' : 'results')}
            >
              记录结果
            </Button>
          </View>
        )}
      </View>

      {panel === 'cancel' && (
        <View className='staff-events__panel'>
          <Text className='staff-events__panel-title'>{`取消后会通知已报名的 ${event.signupCount} 人`}</Text>
          <OptionPicker
            title='取消原因'
            options={plainOptions(CANCEL_REASONS)}
            value={CANCEL_REASONS.find((r) => r === reason)}
            placeholder='选择取消原因'
            onChange={(picked) => picked && setReason(picked)}
          />
          <FormField
            label='也可以自己写原因'
            value={reason}
            placeholder='取消的原因，已报名的人会看到'
            onInput={setReason}
          />
          <Button
            loading={busy}
            disabled={reason.trim().length < 2}
            onClick={() =>
              run(async () => `已取消，已通知 ${await onCancel(event.id, reason.trim())} 人`)
            }
          >
            确定取消活动
          </Button>
        </View>
      )}

      {panel === 'results' && (
        <View className='staff-events__panel'>
          <Text className='staff-events__panel-title'>
            {`活动结果（现场已扫码签到 ${event.checkedInCount ?? 0} 人）`}
          </Text>
          <FormField
            label='到场人数'
            type='number'
            value={attended}
            placeholder='例如 120'
            onInput={setAttended}
          />
          <FormField
            label='达成就业意向人数'
            type='number'
            value={offers}
            placeholder='例如 18'
            onInput={setOffers}
          />
          <Button
            loading={busy}
            disabled={whole(attended) === undefined && whole(offers) === undefined}
            onClick={() =>
              run(async () => {
                await onResults(event.id, {
                  ...(whole(attended) !== undefined ? { attended: whole(attended) } : {}),
                  ...(whole(offers) !== undefined ? { offers: whole(offers) } : {}),
                })
                return '结果已保存'
              })
            }
          >
            保存结果
          </Button>
        </View>
      )}
    </View>
  )
}
