import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { MyRecommendation } from '../../../types/jobs'
import { Button } from '../button'
import { Tag } from '../tag'
import { JobCard } from '.'

/** Why a worker says 不合适, as offered on the card. */
export const NOT_SUITABLE_REASONS = ['离家太远', '工资太低', '不想做这个工种', '其他'] as const

export interface RecommendationCardProps {
  recommendation: MyRecommendation
  applied: boolean
  applying: boolean
  onOpen: () => void
  onApply: () => void
  /** 不合适 with the chosen reason. */
  onDismiss: (reason: string) => Promise<void>
}

/** A recommended job with its 推荐理由 and the two answers: 申请, or 不合适 with a reason. */
export function RecommendationCard({
  recommendation,
  applied,
  applying,
  onOpen,
  onApply,
  onDismiss,
}: RecommendationCardProps) {
  const [choosing, setChoosing] = useState(false)
  const [dismissing, setDismissing] = useState<string | null>(null)

  const dismiss = async (reason: string) => {
    setDismissing(reason)
    try {
      await onDismiss(reason)
    } finally {
      setDismissing(null)
    }
  }

  return (
    <JobCard
      opening={recommendation.opening}
      verified
      reason={recommendation.reason}
      onClick={onOpen}
    >
      {applied ? (
        <View className='job-card__done'>
          <Tag tone='success'>已申请</Tag>
          <Text className='job-card__done-text'>等用人单位联系你</Text>
        </View>
      ) : choosing ? (
        <View className='job-card__reasons'>
          <Text className='job-card__reasons-title'>哪里不合适？选一个</Text>
          <View className='job-card__reasons-grid'>
            {NOT_SUITABLE_REASONS.map((r) => (
              <Button
                key={r}
                variant='secondary'
                block={false}
                loading={dismissing === r}
                disabled={dismissing !== null}
                onClick={() => dismiss(r)}
              >
                {r}
              </Button>
            ))}
          </View>
          <Text className='job-card__reasons-cancel' onClick={() => setChoosing(false)}>
            取消
          </Text>
        </View>
      ) : (
        <>
          <Button block={false} loading={applying} onClick={onApply}>
            申请
          </Button>
          <Button variant='secondary' block={false} onClick={() => setChoosing(true)}>
            不合适
          </Button>
        </>
      )}
    </JobCard>
  )
}
