import { Text, View } from '@tarojs/components'
import './index.scss'

export interface ProgressBarProps {
  /** Done so far and the goal, in the same unit. */
  done: number
  total: number
  color?: string
}

/** Share of a goal reached, clamped to 0–100. */
export function percentOf(done: number, total: number): number {
  if (total <= 0) return 0
  return Math.min(100, Math.max(0, Math.round((done / total) * 100)))
}

/** Share of a goal as written: one decimal below 10% so early progress does not read as 0%. */
export function sharePercent(done: number, total: number): string {
  if (total <= 0 || done <= 0) return '0%'
  const share = Math.min(100, (done / total) * 100)
  return share < 10 ? `${Math.max(0.1, Math.round(share * 10) / 10)}%` : `${Math.round(share)}%`
}

/** A bar with the percentage written beside it, so the colour is never the only signal. */
export function ProgressBar({ done, total, color }: ProgressBarProps) {
  const percent = percentOf(done, total)
  return (
    <View className='progress-bar'>
      <View className='progress-bar__track'>
        <View
          className='progress-bar__fill'
          style={{ width: `${percent}%`, backgroundColor: color }}
        />
      </View>
      <Text className='progress-bar__label'>{sharePercent(done, total)}</Text>
    </View>
  )
}
