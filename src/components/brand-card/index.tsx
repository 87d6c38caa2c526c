import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Brand, PlanTarget } from '../../../types/catalog'
import { Card } from '../card'
import { ProgressBar } from '../progress-bar'
import { Tag } from '../tag'
import { formatCount } from './format'
import './index.scss'

export interface BrandCardProps {
  brand: Brand
  /** How many occupations to list before 等N个工种. */
  maxOccupations?: number
  /** Tapping the card opens the brand's page. */
  onOpen?: () => void
}

interface TargetRowProps {
  label: string
  doneLabel: string
  target: PlanTarget
  done: number
  color: string
}

function TargetRow({ label, doneLabel, target, done, color }: TargetRowProps) {
  return (
    <View className='brand-card__target'>
      <View className='brand-card__target-line'>
        <Text className='brand-card__target-label'>{`${label}目标 ${formatCount(target.value)}人次`}</Text>
        <Text className='brand-card__target-done'>{`${doneLabel} ${formatCount(done)}人次`}</Text>
      </View>
      <ProgressBar done={done} total={target.value} color={color} />
    </View>
  )
}

/** One brand line: what it is, its occupations, and how far it is toward the plan's targets. */
export function BrandCard({ brand, maxOccupations = 6, onOpen }: BrandCardProps) {
  const [showSource, setShowSource] = useState(false)
  const shown = brand.occupations.slice(0, maxOccupations)
  const hidden = brand.occupations.length - shown.length
  return (
    <Card accent={brand.color} className='brand-card' onClick={onOpen}>
      <Text className='brand-card__name'>{brand.name}</Text>
      <Text className='brand-card__tagline'>{brand.tagline}</Text>
      <View className='brand-card__occupations'>
        {shown.map((o) => (
          <Tag key={o} color={brand.color}>
            {o}
          </Tag>
        ))}
        {hidden > 0 && <Tag>{`等${brand.occupations.length}个工种`}</Tag>}
      </View>
      <TargetRow
        label='培训'
        doneLabel='已培训'
        target={brand.targets.training}
        done={brand.progress.training}
        color={brand.color}
      />
      <TargetRow
        label='就业'
        doneLabel='已带动'
        target={brand.targets.employment}
        done={brand.progress.employment}
        color={brand.color}
      />
      <Text
        className='brand-card__source-toggle'
        onClick={(e) => {
          e.stopPropagation()
          setShowSource(!showSource)
        }}
      >
        {showSource ? '收起目标依据' : '目标依据'}
      </Text>
      {showSource && (
        <View className='brand-card__sources'>
          <Text className='brand-card__source'>{brand.targets.training.source}</Text>
          <Text className='brand-card__source'>{brand.targets.employment.source}</Text>
        </View>
      )}
    </Card>
  )
}
