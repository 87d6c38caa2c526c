import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useCareStore } from '../../stores/care'

export interface PageProps {
  className?: string
  children?: ReactNode
}

/** The root of every page: applies the type scale, and 关怀模式 when it is on. */
export function Page({ className, children }: PageProps) {
  const care = useCareStore((s) => s.enabled)
  const classes = ['page', care ? 'care' : '', className ?? ''].filter(Boolean).join(' ')
  return <View className={classes}>{children}</View>
}
