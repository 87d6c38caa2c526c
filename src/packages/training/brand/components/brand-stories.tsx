import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { BrandId } from '../../../../../types/catalog'
import type { Story } from '../../../../../types/contests'
import { Card } from '../../../../components/card'
import { SectionTitle } from '../../../../components/section-title'
import { Tag } from '../../../../components/tag'
import { callApi } from '../../../../services/call-api'

const KIND_WORDS: Record<Story['kind'], string> = { person: '人物', firm: '企业', base: '基地' }

/** The brand's typical cases (典型案例); demo stories say so. */
export function BrandStories({ brand }: { brand: BrandId }) {
  const [items, setItems] = useState<Story[]>([])
  const [open, setOpen] = useState<string | null>(null)
  useEffect(() => {
    callApi('stories/list', { brand })
      .then((r) => setItems(r.items))
      .catch(() => undefined)
  }, [brand])
  if (items.length === 0) return null
  return (
    <View className='brand-stories'>
      <SectionTitle title='典型案例' />
      {items.map((s) => (
        <Card key={s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
          <Text className='brand__item-title'>{s.title}</Text>
          <View>
            <Tag>{KIND_WORDS[s.kind]}</Tag>
            {s.demo && <Tag tone='warning'>示例内容</Tag>}
          </View>
          <Text className='brand__note'>{open === s.id ? s.body : s.summary}</Text>
        </Card>
      ))}
    </View>
  )
}
