import { Text, View } from '@tarojs/components'
import { formatCount } from '../../../../../components/brand-card/format'
import { sharePercent } from '../../../../../components/progress-bar'
import './index.scss'

export interface TargetRowProps {
  /** 培训 / 就业创业 / 已发布品牌活动 */
  label: string
  done: number
  target: number
  /** 人次, 场 */
  unit: string
  /** Where the target stands in the plan, shown under the bar so staff can trace it. */
  source: string
  color?: string
}

/** One plan target: done against the goal in numbers, a bar with the percentage, the plan text. */
export function TargetRow({ label, done, target, unit, source, color }: TargetRowProps) {
  const share = sharePercent(done, target)
  return (
    <View className='target-row'>
      <View className='target-row__line'>
        <Text className='target-row__label'>{label}</Text>
        <Text className='target-row__numbers'>
          {`${done}${unit} / 目标 ${formatCount(target)}${unit}`}
        </Text>
      </View>
      <View className='target-row__bar'>
        <View className='target-row__track'>
          <View
            className={`target-row__fill ${done > 0 ? 'target-row__fill--some' : ''}`}
            style={{ width: share, backgroundColor: color }}
          />
        </View>
        <Text className='target-row__share'>{`完成 ${share}`}</Text>
      </View>
      <Text className='target-row__source'>{`依据：${source}`}</Text>
    </View>
  )
}
