import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import type { Application, ApplicationStatus, Interview } from '../../../../types/jobs'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag, type TagTone } from '../../../components/tag'
import { formatDay } from '../../../domain/time'
import { jobPage } from '../../../pages/jobs/apply'
import { useJobsStore } from '../../../stores/jobs'
import { InterviewCard } from '../components/interview-card'
import './index.scss'
import { openPage } from '../../../services/navigate'

const STATUS: Record<ApplicationStatus, { label: string; tone: TagTone; next: string }> = {
  applied: { label: '已申请', tone: 'primary', next: '等用人单位联系你' },
  interview: { label: '约面试', tone: 'warning', next: '用人单位约你面试，请看下面的时间' },
  hired: { label: '已录用', tone: 'success', next: '恭喜！记得和单位签劳动合同' },
  rejected: { label: '未录用', tone: 'plain', next: '这次没有录用，看看其他岗位吧' },
}

function ordered(applications: Application[], interviews: Interview[], interviewId?: string) {
  const first = interviews.find((i) => i.id === interviewId)?.applicationId
  if (!first) return applications
  return [...applications].sort((a, b) => Number(b.id === first) - Number(a.id === first))
}

/** 我的申请: every application with where it stands, and its interview if one was proposed. */
export default function Applications() {
  // A message about an interview opens this page with the interview's id: show that one first.
  const param = useRouter().params.interviewId
  const interviewId = param ? decodeURIComponent(param) : undefined
  const applications = useJobsStore((s) => s.applications)
  const interviews = useJobsStore((s) => s.interviews)
  const status = useJobsStore((s) => s.mineStatus)
  const error = useJobsStore((s) => s.mineError)
  const loadMine = useJobsStore((s) => s.loadMine)
  const confirmInterview = useJobsStore((s) => s.confirmInterview)

  useDidShow(() => {
    loadMine()
  })

  const item = (a: Application) => {
    const s = STATUS[a.status]
    const interview = interviews.find((i) => i.applicationId === a.id)
    return (
      <View key={a.id}>
        <Card onClick={() => openPage(jobPage(a.openingId))}>
          <View className='applications__head'>
            <Tag tone={s.tone}>{s.label}</Tag>
            <Text className='applications__date'>{`${formatDay(a.createdAt)}申请`}</Text>
          </View>
          <Text className='applications__title'>{a.openingTitle}</Text>
          <Text className='applications__employer'>{a.employerName}</Text>
          <Text className='applications__next'>
            {a.status === 'interview' && interview?.status === 'booked'
              ? '面试时间已约好，请按时参加'
              : s.next}
          </Text>
          {a.status === 'hired' && (
            <Text
              className='applications__contract'
              onClick={(e) => {
                e.stopPropagation()
                openPage('/packages/rights/contract/index')
              }}
            >
              看看劳动合同示范文本
            </Text>
          )}
        </Card>
        {interview && a.status !== 'rejected' && (
          <InterviewCard
            interview={interview}
            onConfirm={async (slot) => {
              await confirmInterview(interview.id, slot)
            }}
          />
        )}
      </View>
    )
  }

  return (
    <Page className='applications'>
      <SectionTitle title='我的申请' />
      {applications.length === 0 ? (
        <ListState
          status={status === 'error' ? 'error' : status === 'ready' ? 'empty' : 'loading'}
          message={
            status === 'error'
              ? (error ?? undefined)
              : status === 'ready'
                ? '还没有申请过岗位'
                : undefined
          }
          nextStep='看到合适的岗位，点“申请”就行'
          actionText='去看岗位'
          onAction={() => Taro.switchTab({ url: '/pages/jobs/index' })}
          onRetry={loadMine}
        />
      ) : (
        ordered(applications, interviews, interviewId).map(item)
      )}
    </Page>
  )
}
