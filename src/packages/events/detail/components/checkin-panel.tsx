import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../../../components/button'
import { FormField } from '../../../../components/form-field'

export interface CheckinPanelProps {
  /** Sends the code; resolves when checked in, rejects with the reason to show. */
  onSubmit: (code: string) => Promise<void>
  onClose: () => void
}

/**
 * The browser has no scanner: the worker types or pastes the code shown under the staff's QR
 * code instead.
 */
export function CheckinPanel({ onSubmit, onClose }: CheckinPanelProps) {
  const [code, setCode] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  return (
    <View className='event-detail__section event-detail__checkin'>
      <FormField
        label='输入签到码'
        value={code}
        placeholder='签到码'
        hint='请工作人员给你看签到二维码下面的签到码，输入或粘贴到这里'
        error={error}
        onInput={(value) => {
          setCode(value)
          setError(null)
        }}
      />
      <View className='event-detail__inline-action'>
        <Button
          loading={busy}
          disabled={code.trim() === ''}
          onClick={async () => {
            setBusy(true)
            try {
              await onSubmit(code.trim())
            } catch (err) {
              setError((err as Error).message)
            } finally {
              setBusy(false)
            }
          }}
        >
          签到
        </Button>
      </View>
      <Text className='event-detail__link' onClick={onClose}>
        收起
      </Text>
    </View>
  )
}
