import { Text, View } from '@tarojs/components'
import type { EventProgress } from '../../../../../types/events'
import { Card } from '../../../../components/card'
import { ProgressBar } from '../../../../components/progress-bar'

export interface ProgressCardProps {
  progress: EventProgress
}

/** This year's brand events held with at least one employer, per brand and in all, against the plan's 15. */
export function ProgressCard({ progress }: ProgressCardProps) {
  const left = Math.max(0, progress.target - progress.total)
  return (
    <Card className='staff-events__progress'>
      <Text className='staff-events__progress-title'>
        {`${progress.year}年已举办品牌招聘活动 ${progress.total} / ${progress.target} 场`}
      </Text>
      <ProgressBar done={progress.total} total={progress.target} />
      <Text className='staff-events__progress-note'>
        {left > 0 ? `还差 ${left} 场达到目标` : '已达到全年目标'}
        {'（活动结束且有用人单位参加才计入）'}
      </Text>
      <View className='staff-events__brands'>
        {progress.perBrand.map((b) => (
          <View key={b.brand} className='staff-events__brand'>
            <Text className='staff-events__brand-name'>{b.name}</Text>
            <Text className='staff-events__brand-count'>{`${b.count} 场`}</Text>
          </View>
        ))}
      </View>
      <Text className='staff-events__source'>{`目标依据：${progress.source}`}</Text>
    </Card>
  )
}
