import { Text, View } from '@tarojs/components'
import { Button } from '../../../../components/button'
import { Card } from '../../../../components/card'
import './consent.scss'

export interface ConsentProps {
  onAgree: () => void
  onRefuse: () => void
}

const COLLECTED: [what: string, why: string][] = [
  ['姓名、手机号', '培训机构核对报名、通知你上课'],
  ['身份证号', '核实身份、登记证书、申领培训补贴；加密保存，别人只能看到遮住中间的号码'],
  ['户籍区县和乡镇', '推荐离家近的培训和岗位'],
  ['人员类别、文化程度', '落实帮扶政策、优先推荐岗位；人员类别不会给用人单位看'],
  ['想找的工作', '给你推荐合适的岗位'],
]

/** The privacy terms, asked before any personal data is typed or stored. */
export function Consent({ onAgree, onRefuse }: ConsentProps) {
  return (
    <View className='consent'>
      <Text className='consent__title'>个人信息保护说明</Text>
      <Text className='consent__intro'>
        报名培训需要填写你的个人信息。请先看看我们收集什么、为什么收集：
      </Text>
      <Card>
        {COLLECTED.map(([what, why]) => (
          <View key={what} className='consent__row'>
            <Text className='consent__what'>{what}</Text>
            <Text className='consent__why'>{why}</Text>
          </View>
        ))}
      </Card>
      <Text className='consent__intro'>
        只有你报名的培训机构和人社局工作人员能看到；你投递岗位后，用人单位才能看到你的联系方式。你可以随时修改自己的信息。
      </Text>
      <View className='consent__bar'>
        <Button onClick={onAgree}>同意并继续</Button>
        <View className='consent__gap' />
        <Button variant='secondary' onClick={onRefuse}>
          不同意
        </Button>
      </View>
    </View>
  )
}
