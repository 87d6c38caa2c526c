import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { OpeningSummary } from '../../../types/jobs'
import { Card } from '../card'
import { ReadAloud } from '../read-aloud'
import { Tag } from '../tag'
import { TrustNotice } from '../trust-notice'
import { benefitLabels, jobSpeech, payLabel, placeLabel } from './format'
import { reportFee } from './report'
import './index.scss'

export { benefitLabels, jobSpeech, payLabel, placeLabel } from './format'
export { reportFee, REPORT_HOTLINE, type ReportAbout } from './report'

export interface JobCardProps {
  opening: OpeningSummary
  /** The employer passed staff review (the public list and recommendations carry only those). */
  verified: boolean
  /** 推荐理由 of a recommendation, shown in one line. */
  reason?: string
  onClick?: () => void
  /** Actions under the card (申请 / 不合适); tapping them does not open the job. */
  children?: ReactNode
}

/** A job as lists show it: title, employer, monthly pay, place, benefits, and the fee warning. */
export function JobCard({ opening, verified, reason, onClick, children }: JobCardProps) {
  const benefits = benefitLabels(opening.benefits)
  return (
    <Card className='job-card' onClick={onClick}>
      <Text className='job-card__title'>{opening.title}</Text>
      <View className='job-card__employer'>
        <Text className='job-card__employer-name'>{opening.employerName}</Text>
        {verified && <Tag tone='success'>已认证</Tag>}
      </View>
      <Text className='job-card__pay'>{payLabel(opening)}</Text>
      <Text className='job-card__place'>
        {`工作地点：${placeLabel(opening)} · ${opening.occupation}`}
      </Text>
      {benefits.length > 0 && (
        <View className='job-card__benefits'>
          {benefits.map((b) => (
            <Tag key={b} tone='primary'>
              {b}
            </Tag>
          ))}
        </View>
      )}
      {reason && <Text className='job-card__reason'>{`推荐理由：${reason}`}</Text>}
      <ReadAloud text={jobSpeech(opening, verified, reason)} />
      {children && (
        <View className='job-card__actions' onClick={(e) => e.stopPropagation()}>
          {children}
        </View>
      )}
      <View onClick={(e) => e.stopPropagation()}>
        <TrustNotice
          onReport={() =>
            reportFee({
              type: 'opening',
              id: opening.id,
              name: `${opening.employerName}「${opening.title}」`,
            })
          }
        />
      </View>
    </Card>
  )
}
