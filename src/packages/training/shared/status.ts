import type { EnrollmentStatus } from '../../../../types/training'
import type { TagTone } from '../../../components/tag'

/** The parts of an enrolment that say where it stands. */
export interface StandingLike {
  status: EnrollmentStatus
  waitlistPosition?: number
  /** How many are ahead in the waitlist now; from 我的报名. */
  waitlistAhead?: number
}

/** 已报名, 候补第2位, 培训中, 已结业, 已退出, 已取消: where an enrolment stands, in plain words. */
export function standingText(e: StandingLike): string {
  switch (e.status) {
    case 'waitlisted': {
      const place = e.waitlistAhead !== undefined ? e.waitlistAhead + 1 : e.waitlistPosition
      return place ? `候补第${place}位` : '候补中'
    }
    case 'confirmed':
      return '已报名'
    case 'in_training':
      return '培训中'
    case 'completed':
      return '已结业'
    case 'dropped':
      return '已退出'
    case 'cancelled':
      return '已取消'
  }
}

export const STANDING_TONE: Record<EnrollmentStatus, TagTone> = {
  waitlisted: 'warning',
  confirmed: 'primary',
  in_training: 'primary',
  completed: 'success',
  dropped: 'plain',
  cancelled: 'plain',
}

/** Still holds (or waits for) a place: can be cancelled, and a new sign-up is not needed. */
export const isActive = (status: EnrollmentStatus): boolean =>
  status === 'waitlisted' || status === 'confirmed' || status === 'in_training'
