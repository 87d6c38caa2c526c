import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { NetworkProgressItem } from '../../../types/network'
import { institutionTitle } from '../../domain/network'
import { callApi } from '../../services/call-api'
import { Card } from '../card'
import { ProgressBar } from '../progress-bar'
import './index.scss'

export interface NetworkProgressProps {
  /** Tapping a row opens the directory filtered to that kind and level. */
  onOpen?: (item: NetworkProgressItem) => void
}

/**
 * The brand network against the plan's 2025 targets (二、主要目标): region-level 3/3/3/8 and
 * city-level 8/8/8, counted live from the directory, each row with its clause.
 */
export function NetworkProgress({ onOpen }: NetworkProgressProps) {
  const [items, setItems] = useState<NetworkProgressItem[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = () => {
    setError(null)
    callApi('network/progress', {})
      .then((r) => setItems(r.items))
      .catch((err: Error) => setError(err.message || '没有加载成功'))
  }
  useEffect(load, [])

  if (!items)
    return (
      <Card>
        <Text className='network-progress__note' onClick={error ? load : undefined}>
          {error ? `${error}，点这里重试` : '正在加载…'}
        </Text>
      </Card>
    )
  return (
    <Card className='network-progress'>
      {items.map((i) => (
        <View
          key={`${i.level}:${i.kind}`}
          className='network-progress__row'
          onClick={() => onOpen?.(i)}
        >
          <View className='network-progress__line'>
            <Text className='network-progress__label'>{institutionTitle(i.kind, i.level)}</Text>
            <Text className='network-progress__numbers'>{`${i.count}个 / 目标 ${i.target}个`}</Text>
          </View>
          <ProgressBar done={i.count} total={i.target} />
          <Text className='network-progress__source'>{`依据：${i.source}`}</Text>
        </View>
      ))}
    </Card>
  )
}
