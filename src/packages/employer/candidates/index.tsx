import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { ApplicationStatus, Candidate } from '../../../../types/jobs'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { payLabel, placeLabel } from '../../../components/job-card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag, type TagTone } from '../../../components/tag'
import { EDUCATION_LABELS } from '../../../domain/groups'
import { formatDateTime } from '../../../domain/time'
import { useEmployerStore } from '../../../stores/employer'
import { InterviewForm } from '../components/interview-form'
import './index.scss'

const STATUS: Record<ApplicationStatus, { label: string; tone: TagTone }> = {
  applied: { label: '新申请', tone: 'warning' },
  interview: { label: '约面试中', tone: 'primary' },
  hired: { label: '已录用', tone: 'success' },
  rejected: { label: '未录用', tone: 'plain' },
}

function call(phone: string) {
  if (typeof Taro.makePhoneCall === 'function') {
    Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
  }
}

function About({ candidate }: { candidate: Candidate }) {
  const where = [
    candidate.county,
    candidate.education ? EDUCATION_LABELS[candidate.education] : undefined,
  ].filter(Boolean)
  return (
    <View>
      {where.length > 0 && <Text className='candidates__line'>{where.join(' · ')}</Text>}
      {candidate.training.length > 0 && (
        <Text className='candidates__line'>{`培训：${candidate.training.join('、')}`}</Text>
      )}
      {candidate.reason && (
        <Text className='candidates__reason'>{`为什么合适：${candidate.reason}`}</Text>
      )}
    </View>
  )
}

function Applicant({ openingId, candidate }: { openingId: string; candidate: Candidate }) {
  const proposeInterview = useEmployerStore((s) => s.proposeInterview)
  const recordOutcome = useEmployerStore((s) => s.recordOutcome)
  const [proposing, setProposing] = useState(false)
  const [deciding, setDeciding] = useState<'hire' | 'reject' | null>(null)
  const status = candidate.status ?? 'applied'
  const open = status === 'applied' || status === 'interview'
  const interview = candidate.interview
  const applicationId = candidate.applicationId as string

  const decide = async (hired: boolean) => {
    const res = await Taro.showModal({
      title: hired ? '确认录用？' : '确认不录用？',
      content: hired
        ? `录用${candidate.name}后，会通知对方按时报到，并计入品牌就业人数。`
        : `会告诉${candidate.name}这次没有录用。`,
      confirmText: hired ? '录用' : '不录用',
      cancelText: '再想想',
    })
    if (!res.confirm) return
    setDeciding(hired ? 'hire' : 'reject')
    try {
      await recordOutcome(openingId, applicationId, hired)
      Taro.showToast({ title: hired ? '已录用' : '已记录', icon: 'success' })
    } catch (err) {
      Taro.showModal({ title: '没有记录成功', content: (err as Error).message, showCancel: false })
    } finally {
      setDeciding(null)
    }
  }

  return (
    <Card className='candidates__item'>
      <View className='candidates__head'>
        <Text className='candidates__name'>{candidate.name}</Text>
        <Tag tone={STATUS[status].tone}>{STATUS[status].label}</Tag>
      </View>
      <View className='candidates__phone'>
        <Text className='candidates__phone-number'>{`电话：${candidate.phone}`}</Text>
        <Text className='candidates__call' onClick={() => call(candidate.phone)}>
          拨打
        </Text>
      </View>
      <About candidate={candidate} />

      {interview?.status === 'booked' && interview.bookedSlot && (
        <Text className='candidates__interview candidates__interview--booked'>
          {`面试已约好：${formatDateTime(interview.bookedSlot)}（${interview.mode === 'video' ? '视频' : '现场'}）`}
        </Text>
      )}
      {interview?.status === 'proposed' && (
        <View className='candidates__interview'>
          <Text className='candidates__interview-title'>已发出面试邀请，等对方选时间：</Text>
          {interview.slots.map((s) => (
            <Text key={s} className='candidates__slot'>
              {formatDateTime(s)}
            </Text>
          ))}
        </View>
      )}

      {open && proposing && (
        <InterviewForm
          onCancel={() => setProposing(false)}
          onSubmit={async (proposal) => {
            await proposeInterview(openingId, { applicationId, ...proposal })
            setProposing(false)
            Taro.showToast({ title: '面试邀请已发出', icon: 'success' })
          }}
        />
      )}
      {open && !proposing && (
        <View className='candidates__actions'>
          {interview?.status !== 'booked' && (
            <Button block={false} onClick={() => setProposing(true)}>
              {interview ? '改时间' : '约面试'}
            </Button>
          )}
          <Button
            variant='secondary'
            block={false}
            loading={deciding === 'hire'}
            disabled={deciding !== null}
            onClick={() => decide(true)}
          >
            录用
          </Button>
          <Button
            variant='secondary'
            block={false}
            loading={deciding === 'reject'}
            disabled={deciding !== null}
            onClick={() => decide(false)}
          >
            未录用
          </Button>
        </View>
      )}
    </Card>
  )
}

function Recommended({ candidate }: { candidate: Candidate }) {
  return (
    <Card className='candidates__item'>
      <View className='candidates__head'>
        <Text className='candidates__name'>{candidate.name}</Text>
        <Tag>还没申请</Tag>
      </View>
      <Text className='candidates__line'>{`电话：${candidate.phone}`}</Text>
      <About candidate={candidate} />
    </Card>
  )
}

/** Candidates for one opening: applicants with contact details first, then suitable trainees. */
export default function Candidates() {
  const openingId = useRouter().params.openingId ?? ''
  const list = useEmployerStore((s) => s.candidates[openingId])
  const status = useEmployerStore((s) => s.candidatesStatus)
  const error = useEmployerStore((s) => s.candidatesError)
  const load = useEmployerStore((s) => s.loadCandidates)

  useDidShow(() => {
    if (openingId) load(openingId)
  })

  if (!list) {
    return (
      <Page className='candidates'>
        <ListState
          status={!openingId || status === 'error' ? 'error' : 'loading'}
          message={
            !openingId ? '没有找到这个岗位' : status === 'error' ? (error ?? undefined) : undefined
          }
          onRetry={openingId ? () => load(openingId) : undefined}
        />
      </Page>
    )
  }

  const { opening, applicants, recommended } = list
  return (
    <Page className='candidates'>
      <Card>
        <Text className='candidates__opening'>{opening.title}</Text>
        <Text className='candidates__line'>
          {`${opening.occupation} · ${placeLabel(opening)} · ${payLabel(opening)}`}
        </Text>
        <Text className='candidates__line'>{`招${opening.headcount}人，已录用${opening.hired}人`}</Text>
      </Card>

      <SectionTitle title={`已申请的人（${applicants.length}）`} />
      {applicants.length === 0 ? (
        <ListState
          status='empty'
          message='还没有人申请'
          nextStep='我们已把岗位推荐给合适的学员，有人申请会发消息告诉你'
        />
      ) : (
        applicants.map((c) => (
          <Applicant key={c.applicationId} openingId={openingId} candidate={c} />
        ))
      )}

      <SectionTitle title={`可能合适的人（${recommended.length}）`} />
      <Text className='candidates__note'>这些人还没申请。对方申请后，才能看到姓名和电话。</Text>
      {recommended.map((c, i) => (
        <Recommended key={`${c.name}:${c.phone}:${i}`} candidate={c} />
      ))}
    </Page>
  )
}
