import { Text, View } from '@tarojs/components'
import { Card } from '../../../components/card'
import { Page } from '../../../components/page'
import { ReadAloud } from '../../../components/read-aloud'
import { SectionTitle } from '../../../components/section-title'
import { Hotline } from '../components/hotline'
import { CONTRACT_CLAUSES, CONTRACT_SOURCE } from './text'
import './index.scss'

/** 劳动合同示范文本: what a labor contract must say, readable before signing one. */
export default function Contract() {
  return (
    <Page className='contract'>
      <Card>
        <Text className='contract__title'>劳动合同示范文本</Text>
        <Text className='contract__source'>{CONTRACT_SOURCE}</Text>
        <Text className='contract__intro'>
          被录用后要签书面劳动合同，一人一份。签之前对照下面几条看一看，不懂的可以拨打12333问。
        </Text>
      </Card>
      {CONTRACT_CLAUSES.map((clause) => (
        <View key={clause.title}>
          <SectionTitle title={clause.title} />
          <Card>
            {clause.lines.map((line) => (
              <Text key={line} className='contract__line'>
                {line}
              </Text>
            ))}
            <ReadAloud text={`${clause.title}。${clause.lines.join('')}`} />
          </Card>
        </View>
      ))}
      <Hotline />
    </Page>
  )
}
