import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Interview } from '../../../../../types/jobs'
import { Button } from '../../../../components/button'
import { FormField } from '../../../../components/form-field'
import { OptionPicker, dateOptions, timeOptions } from '../../../../components/option-picker'
import { beijingDate, fromBeijingWallTime, toInstant } from '../../../../domain/time'
import './index.scss'

/** What the employer sends: ISO slots, the mode, and the video link or the address. */
export interface InterviewProposal {
  slots: string[]
  mode: Interview['mode']
  link?: string
}

export interface InterviewFormProps {
  onSubmit: (proposal: InterviewProposal) => Promise<void>
  onCancel: () => void
}

interface Slot {
  /** YYYY-MM-DD, Beijing. */
  date: string
  /** HH:mm, Beijing. */
  time: string
}

const DAY = 86_400_000
const MAX_SLOTS = 3

/** The first problem with a proposal, or null. */
export function proposalProblem(
  mode: Interview['mode'],
  link: string,
  slots: Slot[],
  now: number,
): string | null {
  if (mode === 'video' && !link.trim()) return '视频面试请填写视频会议链接或会议号'
  if (slots.some((s) => toInstant(`${s.date} ${s.time}`) <= now)) return '面试时间要选在现在以后'
  return null
}

/** Propose interview times: video or on site, up to three date-time choices made with pickers. */
export function InterviewForm({ onSubmit, onCancel }: InterviewFormProps) {
  const now = Date.now()
  const [mode, setMode] = useState<Interview['mode']>('onsite')
  const [link, setLink] = useState('')
  const [slots, setSlots] = useState<Slot[]>([{ date: beijingDate(now + DAY), time: '10:00' }])
  const [saving, setSaving] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const update = (i: number, patch: Partial<Slot>) =>
    setSlots(slots.map((s, k) => (k === i ? { ...s, ...patch } : s)))

  const submit = async () => {
    const local = proposalProblem(mode, link, slots, Date.now())
    setProblem(local)
    if (local) return
    setSaving(true)
    try {
      await onSubmit({
        mode,
        slots: slots.map((s) => fromBeijingWallTime(`${s.date} ${s.time}`)),
        ...(link.trim() ? { link: link.trim() } : {}),
      })
    } catch (err) {
      setProblem((err as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='interview-form'>
      <Text className='interview-form__label'>面试方式</Text>
      <View className='interview-form__modes'>
        {(['onsite', 'video'] as const).map((m) => (
          <View
            key={m}
            className={`interview-form__mode ${mode === m ? 'interview-form__mode--on' : ''}`}
            onClick={() => setMode(m)}
          >
            <Text>{`${mode === m ? '✓ ' : ''}${m === 'video' ? '视频面试' : '现场面试'}`}</Text>
          </View>
        ))}
      </View>
      <FormField
        label={mode === 'video' ? '视频会议链接或会议号' : '面试地点'}
        optional={mode === 'onsite'}
        value={link}
        maxlength={300}
        placeholder={
          mode === 'video' ? '如：腾讯会议号 123 456 789' : '如：柳南区××路××号 二楼人事部'
        }
        onInput={setLink}
      />
      <Text className='interview-form__label'>面试时间（给2-3个，对方挑一个）</Text>
      {slots.map((s, i) => (
        <View key={i} className='interview-form__slot'>
          <View className='interview-form__picker'>
            <OptionPicker
              title={`第${i + 1}个时间：日期`}
              options={dateOptions(beijingDate(now), 90, s.date)}
              value={s.date}
              onChange={(date) => date && update(i, { date })}
            />
          </View>
          <View className='interview-form__picker interview-form__picker--time'>
            <OptionPicker
              title='几点'
              options={timeOptions(30, s.time)}
              value={s.time}
              onChange={(time) => time && update(i, { time })}
            />
          </View>
          {slots.length > 1 && (
            <Text
              className='interview-form__remove'
              onClick={() => setSlots(slots.filter((_, k) => k !== i))}
            >
              删除
            </Text>
          )}
        </View>
      ))}
      {slots.length < MAX_SLOTS && (
        <Text
          className='interview-form__add'
          onClick={() =>
            setSlots([
              ...slots,
              { date: beijingDate(now + (slots.length + 1) * DAY), time: '15:00' },
            ])
          }
        >
          ＋ 再加一个时间
        </Text>
      )}
      {problem && <Text className='interview-form__problem'>{problem}</Text>}
      <View className='interview-form__actions'>
        <Button loading={saving} onClick={submit}>
          发送面试邀请
        </Button>
        <Text className='interview-form__cancel' onClick={onCancel}>
          取消
        </Text>
      </View>
    </View>
  )
}
