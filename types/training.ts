/** The training journey (R1–R3): training list, course catalogue, worker profile, sign-up, providers. */
import type {
  Brand,
  BrandId,
  CertificateType,
  CountyName,
  Course,
  CourseMode,
  CourseSession,
  TrainingListItem,
  Venue,
} from './catalog'
import type { RecruitmentEvent } from './events'
import type { Opening } from './jobs'
import type { Institution } from './network'
import type { Education, JobWishes, Profile, WorkerGroup } from './profile'

/** One brand's active occupations in the public training list (培训清单). */
export interface TrainingListGroup {
  brand: BrandId
  brandName: string
  items: TrainingListItem[]
}

/** Filters of the course list; every field optional. `startFrom` is a Beijing date `YYYY-MM-DD`. */
export interface CourseQuery {
  brand?: BrandId
  occupation?: string
  county?: CountyName
  mode?: CourseMode
  /** Keyword matched against title, occupation and provider name. */
  q?: string
  hasSeats?: boolean
  startFrom?: string
  /** 1-based. */
  page?: number
  /** At most 50, default 20. */
  pageSize?: number
}

/** A course as a list card shows it. */
export interface CourseListItem {
  id: string
  title: string
  brand: BrandId
  occupation: string
  county: CountyName
  mode: CourseMode
  capacity: number
  seatsLeft: number
  startAt: string
  deadline: string
  providerName: string
  fee: number
  certificateName: string
}

/** One page of the course list. */
export interface CoursePage {
  items: CourseListItem[]
  /** How many courses match the filters, across all pages. */
  total: number
  page: number
}

/** A course's detail page: the course plus how many are queueing for it. */
export interface CourseDetail extends Course {
  waitlistLength: number
}

/** A brand page (R1): the brand with its training list, courses, openings, events and institutions. */
export interface BrandPage {
  brand: Brand
  /** Occupations of the brand currently in the training list. */
  activeOccupations: string[]
  /** Upcoming courses open for sign-up, soonest first (at most 10). */
  courses: CourseListItem[]
  courseCount: number
  /** Open openings of the brand, newest first (at most 10); empty until openings exist. */
  openings: Opening[]
  openingCount: number
  /** Published events not yet over, soonest first (at most 10). */
  events: RecruitmentEvent[]
  eventCount: number
  /** Bases, studios and leading enterprises of the brand (R7). */
  institutions: Institution[]
}

/** What a worker fills in (R3). `consent` must be `true` or nothing is stored. */
export interface ProfileInput {
  name: string
  phone: string
  /** 18-character resident ID number (GB 11643). */
  idNumber: string
  county: CountyName
  township?: string
  group: WorkerGroup
  education?: Education
  wishes: JobWishes
  consent: boolean
}

/**
 * The caller's own profile. `idNumber` is the full number, given only to the owner through
 * `profile/get` so the edit form can be prefilled; screens show `idNumberMasked`. Absent when the
 * stored number cannot be read back (no encrypted copy, or the key changed): the form asks again.
 */
export interface OwnProfile extends Profile {
  idNumber?: string
}

/** Where an enrolment stands (R3): waitlisted or confirmed → in training → completed / dropped. */
export type EnrollmentStatus =
  | 'waitlisted'
  | 'confirmed'
  | 'in_training'
  | 'completed'
  | 'dropped'
  | 'cancelled'

/** A certificate recorded by the provider on completion. */
export interface Certificate {
  type: CertificateType
  /** 职业技能等级: 5 (五级) … 1 (一级). */
  level?: 1 | 2 | 3 | 4 | 5
  number: string
  /** Readable name, e.g. 职业技能等级证书（四级）·养老护理员. */
  name: string
  issuedAt: string
}

/** An enrolment (报名) as stored; `id` is `${courseId}:${openid}`, one per worker and course. */
export interface Enrollment {
  id: string
  courseId: string
  openid: string
  brand: BrandId
  occupation: string
  status: EnrollmentStatus
  /** Ticket number in the course's waitlist (1 = first); kept after promotion. */
  waitlistPosition?: number
  /** Beijing dates `YYYY-MM-DD` → present. */
  attendance: Record<string, boolean>
  certificate?: Certificate
  createdAt: string
  updatedAt: string
  confirmedAt?: string
  completedAt?: string
}

/** What `enroll/create` answers; the same enrolment on every repeat call. */
export interface EnrollResult {
  id: string
  courseId: string
  status: EnrollmentStatus
  waitlistPosition?: number
}

/** One row of 我的报名. */
export interface MyEnrollment {
  id: string
  courseId: string
  status: EnrollmentStatus
  waitlistPosition?: number
  /** How many are still ahead in the waitlist now (only while waitlisted). */
  waitlistAhead?: number
  course: {
    title: string
    brand: BrandId
    occupation: string
    startAt: string
    providerName: string
    county: CountyName
    mode: CourseMode
  }
  attendanceDays: number
  certificate?: Certificate
  createdAt: string
  completedAt?: string
}

/** The retraining reminder: the plan asks for at least one skills course every 2 years. */
export interface RetrainPrompt {
  due: boolean
  lastCompletedAt?: string
  /** Open courses of the last completed occupation or brand, when due. */
  suggestions: CourseListItem[]
}

export interface MyEnrollments {
  items: MyEnrollment[]
  retrain: RetrainPrompt
}

/** A course as a provider publishes it; `id` absent creates a new course. */
export interface CourseInput {
  id?: string
  title: string
  brand: BrandId
  occupation: string
  mode: CourseMode
  venue: Venue
  sessions: CourseSession[]
  deadline: string
  capacity: number
  waitlistCapacity?: number
  fee: number
  subsidy: string
  certificate: { type: CertificateType; level?: 1 | 2 | 3 | 4 | 5; name: string }
  description: string
  status?: 'open' | 'closed' | 'cancelled'
}

/** An enrolee as the provider sees them: ID and phone masked, group never shown. */
export interface Enrollee {
  enrollmentId: string
  name: string
  idNumberMasked: string
  phoneMasked: string
  status: EnrollmentStatus
  waitlistPosition?: number
  attendanceDays: number
  certificate?: Certificate
}

export interface CourseEnrollees {
  course: { id: string; title: string; capacity: number; seatsLeft: number; waitlistLength: number }
  items: Enrollee[]
}

export interface TrainingRoutes {
  /** The active training list grouped by brand. Anyone. */
  'catalog/occupations': { input: Record<string, never>; output: TrainingListGroup[] }
  /** One brand page. Anyone. */
  'catalog/brand': { input: { id: BrandId }; output: BrandPage }
  /** Open courses, filtered and paged, soonest first. Anyone. */
  'catalog/courses': { input: CourseQuery; output: CoursePage }
  /** One course. Anyone. */
  'catalog/course': { input: { id: string }; output: CourseDetail }
  /** The caller's profile, or null before it is filled. Worker. */
  'profile/get': { input: Record<string, never>; output: OwnProfile | null }
  /** Create or replace the caller's profile; refused without consent. Worker. */
  'profile/save': { input: ProfileInput; output: Profile }
  /** Sign up for a course: a seat, else a waitlist place. Repeat calls return the same enrolment. Worker. */
  'enroll/create': { input: { courseId: string }; output: EnrollResult }
  /** Cancel the caller's own enrolment; a freed seat goes to the first on the waitlist. Worker. */
  'enroll/cancel': { input: { enrollmentId: string }; output: EnrollResult }
  /** 我的报名 with the retraining reminder. Worker. */
  'enroll/mine': { input: Record<string, never>; output: MyEnrollments }
  /** Publish or edit one of the caller's provider's courses. Provider. */
  'provider/course/save': { input: CourseInput; output: Course }
  /** The caller's provider's courses, soonest first. Provider. */
  'provider/courses': { input: Record<string, never>; output: CourseListItem[] }
  /** Enrolees of one own course. Provider. */
  'provider/enrollments': { input: { courseId: string }; output: CourseEnrollees }
  /** Mark one day's attendance; the first present day moves confirmed → in training. Provider. */
  'provider/attendance': {
    input: { enrollmentId: string; date: string; present: boolean }
    output: { enrollmentId: string; status: EnrollmentStatus; attendanceDays: number }
  }
  /** Complete a trainee with a certificate; counts once toward the brand's training target. Provider. */
  'provider/complete': {
    input: {
      enrollmentId: string
      certificate: { type: CertificateType; level?: 1 | 2 | 3 | 4 | 5; number: string }
    }
    output: { enrollmentId: string; status: EnrollmentStatus; certificate: Certificate }
  }
  /** The whole training list including retired occupations. Staff. */
  'staff/training-list': { input: Record<string, never>; output: TrainingListItem[] }
  /** Add an occupation to the training list or retire it. Staff. */
  'staff/training-list/save': {
    input: { brand: BrandId; occupation: string; active: boolean }
    output: TrainingListItem
  }
}
