import { Text, View } from '@tarojs/components'
import type { RightsCase } from '../../../../types/rights'
import { ACTION_LABELS, STATUS_LABELS } from '../../../domain/rights'
import { formatDateTime } from '../../../domain/time'
import './case-steps.scss'

/** A case's timeline: each step with its date, what was done and what was said. */
export function CaseSteps({ steps }: { steps: RightsCase['timeline'] }) {
  return (
    <View className='case-steps'>
      {steps.map((step, i) => (
        <View key={`${step.at}-${i}`} className='case-steps__step'>
          <Text className='case-steps__when'>{formatDateTime(step.at)}</Text>
          <Text className='case-steps__what'>
            {`${ACTION_LABELS[step.action]} · ${STATUS_LABELS[step.status]}`}
          </Text>
          {step.note && <Text className='case-steps__note'>{step.note}</Text>}
        </View>
      ))}
    </View>
  )
}
