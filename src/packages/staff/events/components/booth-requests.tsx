import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Booth } from '../../../../../types/events'
import { Button } from '../../../../components/button'
import { Card } from '../../../../components/card'
import { OptionPicker, plainOptions } from '../../../../components/option-picker'
import { SectionTitle } from '../../../../components/section-title'

export interface BoothRequestsProps {
  booths: Booth[]
  onDecide: (boothId: string, approve: boolean, reason?: string) => Promise<void>
}

const REFUSE_REASONS = [
  '展位已满',
  '岗位与本场活动主题不符',
  '岗位信息不完整，请补充后再申请',
  '单位资料需要核实',
]

function BoothRow({ booth, onDecide }: { booth: Booth; onDecide: BoothRequestsProps['onDecide'] }) {
  const [busy, setBusy] = useState(false)
  const decide = async (approve: boolean, reason?: string) => {
    setBusy(true)
    try {
      await onDecide(booth.id, approve, reason)
      Taro.showToast({ title: approve ? '已通过' : '已拒绝，单位会看到原因', icon: 'none' })
    } catch (err) {
      Taro.showModal({ title: '没有成功', content: (err as Error).message, showCancel: false })
      setBusy(false)
    }
  }
  return (
    <Card className='staff-events__booth'>
      <Text className='staff-events__booth-name'>{booth.employerName}</Text>
      <Text className='staff-events__booth-event'>{`申请参加：${booth.eventTitle}`}</Text>
      <Text className='staff-events__booth-event'>{`带 ${booth.openingIds.length} 个岗位`}</Text>
      <View className='staff-events__row-actions'>
        <View className='staff-events__row-action'>
          <Button loading={busy} onClick={() => decide(true)}>
            通过
          </Button>
        </View>
        <View className='staff-events__row-action'>
          <OptionPicker
            look='chip'
            title='不通过的原因'
            placeholder='不通过（选原因）'
            options={plainOptions(REFUSE_REASONS)}
            value={undefined}
            disabled={busy}
            onChange={(reason) => reason && decide(false, reason)}
          />
        </View>
      </View>
    </Card>
  )
}

/** Employers' booth requests waiting for staff. */
export function BoothRequests({ booths, onDecide }: BoothRequestsProps) {
  if (booths.length === 0) return null
  return (
    <View>
      <SectionTitle title={`待审核展位（${booths.length}）`} />
      {booths.map((b) => (
        <BoothRow key={b.id} booth={b} onDecide={onDecide} />
      ))}
    </View>
  )
}
