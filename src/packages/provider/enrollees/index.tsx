import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { CertificateType } from '../../../../types/catalog'
import type { Enrollee, EnrollmentStatus } from '../../../../types/training'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { FormField } from '../../../components/form-field'
import { ListState } from '../../../components/list-state'
import { OptionPicker, type PickerOption } from '../../../components/option-picker'
import { Page } from '../../../components/page'
import { Tag, type TagTone } from '../../../components/tag'
import {
  CERTIFICATE_TYPE_LABELS,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
} from '../../../domain/groups'
import { formatDate, formatDay } from '../../../domain/time'
import { useProviderStore } from '../../../stores/provider'
import { useCourseStore } from '../../../stores/training'
import './index.scss'

const STATUS_WORDS: Record<EnrollmentStatus, [string, TagTone]> = {
  waitlisted: ['候补', 'warning'],
  confirmed: ['已确认', 'primary'],
  in_training: ['在训', 'primary'],
  completed: ['已结业', 'success'],
  dropped: ['已退出', 'plain'],
  cancelled: ['已取消', 'plain'],
}

const CERT_OPTIONS: PickerOption<CertificateType>[] = (
  Object.keys(CERTIFICATE_TYPE_LABELS) as CertificateType[]
).map((t) => ({ value: t, label: CERTIFICATE_TYPE_LABELS[t] }))
const LEVEL_OPTIONS: PickerOption<SkillLevel>[] = ([5, 4, 3, 2, 1] as SkillLevel[]).map((l) => ({
  value: l,
  label: SKILL_LEVEL_LABELS[l],
}))

interface CompleteFormProps {
  courseId: string
  enrollee: Enrollee
  defaults: { type?: CertificateType; level?: SkillLevel }
  onDone: () => void
}

/** 结业发证: the certificate's type, level and number, then 确认结业. */
function CompleteForm({ courseId, enrollee, defaults, onDone }: CompleteFormProps) {
  const complete = useProviderStore((s) => s.complete)
  const busy = useProviderStore((s) => s.busy[enrollee.enrollmentId] ?? false)
  const [type, setType] = useState<CertificateType | undefined>(defaults.type)
  const [level, setLevel] = useState<SkillLevel | undefined>(defaults.level)
  const [number, setNumber] = useState('')
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async () => {
    if (!type) return setProblem('请选择证书类型')
    if (type === 'skill_level' && !level) return setProblem('请选择技能等级')
    if (number.trim().length < 4) return setProblem('请填写证书编号（至少4位）')
    setProblem(null)
    try {
      await complete(courseId, enrollee.enrollmentId, {
        type,
        number: number.trim(),
        ...(type === 'skill_level' && level ? { level } : {}),
      })
      Taro.showToast({ title: '已结业', icon: 'success' })
      onDone()
    } catch (err) {
      setProblem((err as Error).message)
    }
  }

  return (
    <View className='enrollees__complete'>
      <Text className='enrollees__complete-title'>{`给 ${enrollee.name} 登记结业证书`}</Text>
      <OptionPicker
        title='证书类型'
        required
        options={CERT_OPTIONS}
        value={type}
        onChange={setType}
      />
      {type === 'skill_level' && (
        <OptionPicker
          title='技能等级'
          required
          options={LEVEL_OPTIONS}
          value={level}
          onChange={setLevel}
        />
      )}
      <FormField
        label='证书编号'
        value={number}
        maxlength={40}
        placeholder='证书上的编号'
        onInput={setNumber}
      />
      {problem && <Text className='enrollees__problem'>{problem}</Text>}
      <Button loading={busy} onClick={submit}>
        确认结业
      </Button>
      <Text className='enrollees__cancel' onClick={onDone}>
        先不登记
      </Text>
    </View>
  )
}

/** Enrolees of one course: masked ID and phone, today's attendance, completion with a certificate. */
export default function Enrollees() {
  const courseId = useRouter().params.courseId ?? ''
  const data = useProviderStore((s) => s.enrollees[courseId])
  const load = useProviderStore((s) => s.enrolleesLoad[courseId])
  const loadEnrollees = useProviderStore((s) => s.loadEnrollees)
  const markToday = useProviderStore((s) => s.markToday)
  const busy = useProviderStore((s) => s.busy)
  const todayMarks = useProviderStore((s) => s.todayMarks)
  const course = useCourseStore((s) => s.courses[courseId]?.data)
  const loadCourse = useCourseStore((s) => s.loadCourse)
  const [completing, setCompleting] = useState<string | null>(null)
  const [problem, setProblem] = useState<{ id: string; text: string } | null>(null)

  useDidShow(() => {
    loadEnrollees(courseId)
    loadCourse(courseId)
  })
  usePullDownRefresh(() => {
    loadEnrollees(courseId).finally(() => Taro.stopPullDownRefresh())
  })

  if (!data) {
    return (
      <Page className='enrollees'>
        <ListState
          status={load?.status === 'error' ? 'error' : 'loading'}
          message={load?.error ?? undefined}
          onRetry={() => loadEnrollees(courseId)}
        />
      </Page>
    )
  }

  const mark = async (e: Enrollee, present: boolean) => {
    setProblem(null)
    try {
      await markToday(courseId, e.enrollmentId, present)
    } catch (err) {
      setProblem({ id: e.enrollmentId, text: (err as Error).message })
    }
  }

  const active = data.items.filter((e) => e.status !== 'cancelled')
  const taken = data.course.capacity - data.course.seatsLeft
  return (
    <Page className='enrollees'>
      <Text className='enrollees__title'>{data.course.title}</Text>
      <Text className='enrollees__line'>
        {`名额 ${data.course.capacity} 人：已确认 ${taken} 人，还剩 ${data.course.seatsLeft} 个，候补 ${data.course.waitlistLength} 人`}
      </Text>
      <Text className='enrollees__line'>{`今天是 ${formatDay(new Date())}，考勤记在今天。`}</Text>
      {active.length === 0 ? (
        <ListState status='empty' message='还没有人报名' nextStep='把课程分享给想学的人' />
      ) : (
        active.map((e) => {
          const [word, tone] = STATUS_WORDS[e.status]
          const canMark = e.status === 'confirmed' || e.status === 'in_training'
          const marked = todayMarks[e.enrollmentId]
          return (
            <Card key={e.enrollmentId}>
              <View className='enrollees__top'>
                <Text className='enrollees__name'>{e.name}</Text>
                <Tag tone={tone}>
                  {e.status === 'waitlisted' && e.waitlistPosition
                    ? `候补第${e.waitlistPosition}号`
                    : word}
                </Tag>
              </View>
              <Text className='enrollees__line'>{`身份证 ${e.idNumberMasked || '未填写'}`}</Text>
              <Text className='enrollees__line'>{`手机 ${e.phoneMasked || '未填写'}`}</Text>
              <Text className='enrollees__line'>{`已到课 ${e.attendanceDays} 天`}</Text>
              {e.certificate && (
                <Text className='enrollees__certificate'>
                  {`${e.certificate.name}，编号 ${e.certificate.number}，${formatDate(e.certificate.issuedAt)}发证`}
                </Text>
              )}
              {canMark && (
                <View>
                  {marked !== undefined && (
                    <Text className='enrollees__marked'>{`今天已记：${marked ? '到课' : '缺课'}`}</Text>
                  )}
                  <View className='enrollees__actions'>
                    <View className='enrollees__action'>
                      <Button loading={busy[e.enrollmentId]} onClick={() => mark(e, true)}>
                        今天到课
                      </Button>
                    </View>
                    <View className='enrollees__action'>
                      <Button
                        variant='secondary'
                        loading={busy[e.enrollmentId]}
                        onClick={() => mark(e, false)}
                      >
                        今天缺课
                      </Button>
                    </View>
                  </View>
                  {problem?.id === e.enrollmentId && (
                    <Text className='enrollees__problem'>{problem.text}</Text>
                  )}
                  {completing === e.enrollmentId ? (
                    <CompleteForm
                      courseId={courseId}
                      enrollee={e}
                      defaults={{
                        type: course?.certificate.type,
                        level: course?.certificate.level,
                      }}
                      onDone={() => setCompleting(null)}
                    />
                  ) : (
                    <Button variant='secondary' onClick={() => setCompleting(e.enrollmentId)}>
                      结业发证
                    </Button>
                  )}
                </View>
              )}
            </Card>
          )
        })
      )}
    </Page>
  )
}
