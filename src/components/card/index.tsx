import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

export interface CardProps {
  children: ReactNode
  className?: string
  /** A colour bar on the left edge (brand colour); the card's words still say what it is. */
  accent?: string
  onClick?: () => void
}

export function Card({ children, className, accent, onClick }: CardProps) {
  const classes = ['card', accent ? 'card--accent' : '', className ?? '']
  return (
    <View
      className={classes.filter(Boolean).join(' ')}
      style={accent ? { borderLeftColor: accent } : undefined}
      hoverClass={onClick ? 'card--pressed' : 'none'}
      onClick={onClick}
    >
      {children}
    </View>
  )
}
