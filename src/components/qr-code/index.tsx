import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { qrRuns } from './runs'
import './index.scss'

export interface QrCodeProps {
  /** The text the code carries. */
  value: string
  /** Quiet zone around the code, in modules (the standard asks for 4). */
  margin?: number
  /** What the code is for, read out by screen readers. */
  label: string
}

const pct = (n: number) => `${n.toFixed(4)}%`

/**
 * A QR code drawn with Views, one per dark run of a row (a few hundred), positioned in percent so
 * it scales with its box on weapp and H5 alike. The box is square; its size comes from the
 * caller's CSS (a class on a wrapping View).
 */
export function QrCode({ value, margin = 4, label }: QrCodeProps) {
  const { size, runs } = useMemo(() => qrRuns(value), [value])
  const total = size + margin * 2
  const unit = 100 / total
  return (
    <View className='qr-code' aria-label={label} data-modules={size} data-value={value}>
      {runs.map((r) => (
        <View
          key={`${r.row}-${r.col}`}
          className='qr-code__run'
          style={{
            left: pct((r.col + margin) * unit),
            top: pct((r.row + margin) * unit),
            // A hair wider and taller, so neighbouring runs leave no seams.
            width: pct(r.length * unit + 0.05),
            height: pct(unit + 0.05),
          }}
        />
      ))}
    </View>
  )
}
