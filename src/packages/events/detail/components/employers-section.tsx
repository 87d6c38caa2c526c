import { Text, View } from '@tarojs/components'
import type { EventEmployer } from '../../../../../types/events'
import { openPage } from '../../../../services/navigate'

export interface EmployersSectionProps {
  employers: EventEmployer[]
}

function pay(min: number, max: number): string {
  return min === max ? `${min}元/月` : `${min}-${max}元/月`
}

/** The employers taking part and their openings; each opening opens its job page. */
export function EmployersSection({ employers }: EmployersSectionProps) {
  const openings = employers.reduce((n, e) => n + e.openings.length, 0)
  return (
    <View className='event-detail__section'>
      <Text className='event-detail__label'>
        {`参加的用人单位（${employers.length} 家，${openings} 个岗位）`}
      </Text>
      {employers.length === 0 && (
        <Text className='event-detail__sub'>用人单位还在报名中，过几天再来看看</Text>
      )}
      {employers.map((employer) => (
        <View key={employer.id} className='event-detail__employer'>
          <Text className='event-detail__employer-name'>{employer.name}</Text>
          {employer.openings.length === 0 && (
            <Text className='event-detail__sub'>岗位在现场介绍</Text>
          )}
          {employer.openings.map((o) => (
            <View
              key={o.id}
              className='event-detail__opening'
              hoverClass='event-detail__opening--pressed'
              onClick={() => openPage(`/packages/jobs/job/index?id=${encodeURIComponent(o.id)}`)}
            >
              <View className='event-detail__opening-main'>
                <Text className='event-detail__opening-title'>{o.title}</Text>
                <Text className='event-detail__opening-pay'>{pay(o.payMin, o.payMax)}</Text>
              </View>
              <Text className='event-detail__opening-go'>看岗位 ›</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
