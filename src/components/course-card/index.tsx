import { Text, View } from '@tarojs/components'
import type { CourseListItem } from '../../../types/training'
import { BRAND_LINES } from '../../domain/brands'
import { countyByName } from '../../domain/counties'
import { COURSE_MODE_LABELS } from '../../domain/groups'
import { formatDateTime } from '../../domain/time'
import { Card } from '../card'
import { Tag } from '../tag'
import './index.scss'

export interface CourseCardProps {
  course: CourseListItem
  onClick?: () => void
}

/** Seats at or below this are shown in red with 快满了: sign up soon. */
export const FEW_SEATS = 5

/** 还剩 3 个名额 · 快满了, 名额已满，可以排队候补: what the seat line says. */
export function seatsText(seatsLeft: number): string {
  if (seatsLeft <= 0) return '名额已满，可以排队候补'
  return seatsLeft <= FEW_SEATS ? `还剩 ${seatsLeft} 个名额 · 快满了` : `还剩 ${seatsLeft} 个名额`
}

/** Free, or the fee in yuan. */
export function feeText(fee: number): string {
  return fee === 0 ? '免费' : `收费 ${fee} 元`
}

/** A course in a list: what, whose brand, where, when, how much, seats left and the certificate. */
export function CourseCard({ course, onClick }: CourseCardProps) {
  const brand = BRAND_LINES.find((b) => b.id === course.brand)
  const few = course.seatsLeft <= FEW_SEATS
  const county = countyByName(course.county)?.short ?? course.county
  return (
    <Card accent={brand?.color} className='course-card' onClick={onClick}>
      <View className='course-card__tags'>
        <Tag color={brand?.color}>{brand?.name ?? course.brand}</Tag>
        <Tag>{course.occupation}</Tag>
        {course.fee === 0 ? (
          <Tag tone='success'>免费</Tag>
        ) : (
          <Tag tone='warning'>{feeText(course.fee)}</Tag>
        )}
      </View>
      <Text className='course-card__title'>{course.title}</Text>
      <Text className='course-card__line'>{`${formatDateTime(course.startAt)} 开课`}</Text>
      <Text className='course-card__line'>
        {`${county} · ${COURSE_MODE_LABELS[course.mode]} · ${course.providerName}`}
      </Text>
      {course.certificateName !== '' && (
        <Text className='course-card__line'>{`结业可考：${course.certificateName}`}</Text>
      )}
      <Text className={`course-card__seats ${few ? 'course-card__seats--few' : ''}`}>
        {seatsText(course.seatsLeft)}
      </Text>
    </Card>
  )
}
