import { Button as TaroButton } from '@tarojs/components'
import './index.scss'

export interface ButtonProps {
  children: string
  onClick?: () => void
  /** primary: the screen's one main action; secondary: anything else. */
  variant?: 'primary' | 'secondary'
  /** Shows that the action is working and ignores further taps. */
  loading?: boolean
  disabled?: boolean
  /** Full width, the default: the main action sits across the bottom of the screen. */
  block?: boolean
}

export function Button({
  children,
  onClick,
  variant = 'primary',
  loading = false,
  disabled = false,
  block = true,
}: ButtonProps) {
  const inactive = disabled || loading
  const classes = [
    'btn',
    `btn--${variant}`,
    block ? 'btn--block' : '',
    inactive ? 'btn--inactive' : '',
  ]
  return (
    <TaroButton
      className={classes.filter(Boolean).join(' ')}
      // On H5 a false attribute still renders as `disabled="false"` and greys the button out.
      loading={loading || undefined}
      disabled={inactive || undefined}
      hoverClass='btn--pressed'
      onClick={() => {
        if (!inactive) onClick?.()
      }}
    >
      {children}
    </TaroButton>
  )
}
