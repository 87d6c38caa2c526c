import { Text, View } from '@tarojs/components'
import { useCareStore } from '../../../../stores/care'
import './index.scss'

/** The 关怀模式 switch: a whole row to tap, with its state in words, remembered on the phone. */
export function CareSwitch() {
  const enabled = useCareStore((s) => s.enabled)
  const setEnabled = useCareStore((s) => s.setEnabled)
  return (
    <View
      className={`care-switch ${enabled ? 'care-switch--on' : ''}`}
      role='switch'
      aria-checked={enabled}
      aria-label='关怀模式'
      onClick={() => setEnabled(!enabled)}
    >
      <Text className='care-switch__icon'>大</Text>
      <View className='care-switch__words'>
        <Text className='care-switch__title'>关怀模式</Text>
        <Text className='care-switch__note'>字更大、按钮更大、颜色更清楚，可以“读一读”</Text>
      </View>
      <View className='care-switch__toggle'>
        <Text className='care-switch__state'>{enabled ? '已打开' : '已关闭'}</Text>
        <View className='care-switch__track'>
          <View className='care-switch__knob' />
        </View>
      </View>
    </View>
  )
}
