import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Interview } from '../../../../../types/jobs'
import { Button } from '../../../../components/button'
import { Card } from '../../../../components/card'
import { Tag } from '../../../../components/tag'
import { formatDateTime, toInstant } from '../../../../domain/time'
import './index.scss'

export interface InterviewCardProps {
  interview: Interview
  /** Books the chosen slot; throws with a message to show. */
  onConfirm: (slot: string) => Promise<void>
}

function copy(text: string) {
  Taro.setClipboardData({ data: text })
    .then(() => Taro.showToast({ title: '已复制', icon: 'none' }))
    .catch(() => undefined)
}

/** An interview invitation: video link or address, and the proposed times to pick one from. */
export function InterviewCard({ interview, onConfirm }: InterviewCardProps) {
  const [chosen, setChosen] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const video = interview.mode === 'video'
  const booked = interview.status === 'booked'
  const now = Date.now()

  const confirm = async () => {
    if (!chosen) return
    setSaving(true)
    setError(null)
    try {
      await onConfirm(chosen)
      Taro.showToast({ title: '面试时间已约好', icon: 'success' })
    } catch (err) {
      setError((err as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card className='interview-card'>
      <View className='interview-card__head'>
        <Tag tone={booked ? 'success' : 'warning'}>{booked ? '已约好' : '请选时间'}</Tag>
        <Text className='interview-card__mode'>{video ? '视频面试' : '现场面试'}</Text>
      </View>
      <Text className='interview-card__title'>{`面试：${interview.openingTitle}`}</Text>
      <Text className='interview-card__employer'>{interview.employerName}</Text>

      {interview.link ? (
        <View className='interview-card__link'>
          <Text className='interview-card__link-text'>
            {`${video ? '视频会议' : '面试地点'}：${interview.link}`}
          </Text>
          <Text className='interview-card__copy' onClick={() => copy(interview.link as string)}>
            复制
          </Text>
        </View>
      ) : (
        <Text className='interview-card__link-text'>面试地点：用人单位会打电话告诉你</Text>
      )}

      {booked ? (
        <Text className='interview-card__booked'>
          {`面试时间：${formatDateTime(interview.bookedSlot as string)}`}
        </Text>
      ) : (
        <View className='interview-card__slots'>
          <Text className='interview-card__ask'>选一个你方便的时间：</Text>
          {interview.slots.map((slot) => {
            const past = toInstant(slot) <= now
            const on = chosen === slot
            return (
              <View
                key={slot}
                className={`interview-card__slot ${on ? 'interview-card__slot--on' : ''} ${past ? 'interview-card__slot--past' : ''}`}
                onClick={() => !past && setChosen(slot)}
              >
                <Text className='interview-card__slot-time'>{formatDateTime(slot)}</Text>
                <Text className='interview-card__slot-mark'>
                  {past ? '已过' : on ? '✓ 已选' : '选这个'}
                </Text>
              </View>
            )
          })}
          {error && <Text className='interview-card__error'>{error}</Text>}
          <Button loading={saving} disabled={!chosen} onClick={confirm}>
            确认这个时间
          </Button>
        </View>
      )}
    </Card>
  )
}
