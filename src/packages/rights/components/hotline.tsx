import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { HOTLINE } from '../links'
import './hotline.scss'

/** The standing warning and the 12333 line, on every 维权 screen. */
export function Hotline() {
  return (
    <View className='hotline'>
      <Text className='hotline__warning'>求职不收费，收费即违规</Text>
      <Text
        className='hotline__call'
        onClick={() => Taro.makePhoneCall({ phoneNumber: HOTLINE }).catch(() => undefined)}
      >
        {`紧急情况拨打人社服务热线 ${HOTLINE}`}
      </Text>
    </View>
  )
}
