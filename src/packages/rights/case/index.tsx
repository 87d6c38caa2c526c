import { Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { RightsCase } from '../../../../types/rights'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { FormField } from '../../../components/form-field'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import { CATEGORY_LABELS, STATUS_LABELS } from '../../../domain/rights'
import { formatDate, formatDateTime, toInstant } from '../../../domain/time'
import { photoSrc } from '../../../services/upload'
import { useRightsStore } from '../../../stores/rights'
import { CaseSteps } from '../components/case-steps'
import { Hotline } from '../components/hotline'
import './index.scss'

/** The deadline that runs now, in words. */
function deadline(c: RightsCase): string | null {
  if (c.status === 'submitted' || c.status === 'reopened')
    return `人社局会在${formatDate(c.acceptBy)}前决定是否受理`
  if ((c.status === 'accepted' || c.status === 'investigating') && c.closeBy)
    return `人社局会在${formatDate(c.closeBy)}前办结${c.extended ? '（已延期一次）' : ''}`
  return null
}

function RateAndReview({ c }: { c: RightsCase }) {
  const rate = useRightsStore((s) => s.rate)
  const reopen = useRightsStore((s) => s.reopen)
  const [score, setScore] = useState(0)
  const [comment, setComment] = useState('')
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const open = c.reporterUntil !== undefined && toInstant(c.reporterUntil) > Date.now()
  if (!open) return null

  const act = async (work: () => Promise<void>, done: '谢谢评价' | '已申请复核') => {
    setBusy(true)
    setProblem(null)
    try {
      await work()
      if (done === '谢谢评价') Taro.showToast({ title: '谢谢评价', icon: 'success' })
      else Taro.showToast({ title: '已申请复核', icon: 'success' })
    } catch (err) {
      setProblem((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card>
      {c.status === 'closed' && !c.rating && (
        <View className='rights-case__rate'>
          <SectionTitle title='评价处理结果' />
          <View className='rights-case__stars'>
            {[1, 2, 3, 4, 5].map((n) => (
              <Text
                key={n}
                className={`rights-case__star ${n <= score ? 'rights-case__star--on' : ''}`}
                onClick={() => setScore(n)}
              >
                {`${n}星`}
              </Text>
            ))}
          </View>
          <FormField
            label='想说的话'
            optional
            multiline
            value={comment}
            maxlength={300}
            onInput={setComment}
          />
          <Button
            loading={busy}
            disabled={score === 0}
            onClick={() => act(() => rate(c.id, score, comment.trim() || undefined), '谢谢评价')}
          >
            提交评价
          </Button>
        </View>
      )}
      <SectionTitle title='对结果不满意' />
      <Text className='rights-case__line'>
        {`${formatDateTime(c.reporterUntil as string)}前可以申请复核一次`}
      </Text>
      <FormField
        label='为什么要复核'
        hint='至少5个字'
        multiline
        value={reason}
        maxlength={500}
        onInput={setReason}
      />
      <Button
        variant='secondary'
        loading={busy}
        onClick={() => act(() => reopen(c.id, reason.trim()), '已申请复核')}
      >
        申请复核
      </Button>
      {problem && <Text className='rights-case__problem'>{problem}</Text>}
    </Card>
  )
}

/** One case: where it stands, by when, every step with its date, the result; rate or ask for review. */
export default function CasePage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const current = useRightsStore((s) => s.current)
  const status = useRightsStore((s) => s.currentStatus)
  const error = useRightsStore((s) => s.currentError)
  const loadCase = useRightsStore((s) => s.loadCase)
  useDidShow(() => {
    loadCase(id)
  })
  const c = current?.id === id ? current : null

  if (!c)
    return (
      <Page className='rights-case'>
        <ListState
          status={status === 'error' ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={() => loadCase(id)}
        />
      </Page>
    )

  const due = deadline(c)
  return (
    <Page className='rights-case'>
      <Card>
        <View className='rights-case__head'>
          <Text className='rights-case__title'>{CATEGORY_LABELS[c.category]}</Text>
          <Tag
            tone={
              c.status === 'closed' ? 'success' : c.status === 'rejected' ? 'danger' : 'warning'
            }
          >
            {STATUS_LABELS[c.status]}
          </Tag>
        </View>
        <Text className='rights-case__line'>{`案件编号 ${c.caseNo}`}</Text>
        <Text className='rights-case__line'>{c.anonymous ? '匿名举报' : '实名投诉'}</Text>
        {c.targetName && <Text className='rights-case__line'>{`对象：${c.targetName}`}</Text>}
        {due && <Text className='rights-case__due'>{due}</Text>}
        {c.result && <Text className='rights-case__result'>{`处理结果：${c.result}`}</Text>}
        {c.rejectReason && (
          <Text className='rights-case__result'>{`不予受理的原因：${c.rejectReason}`}</Text>
        )}
        {c.rating && <Text className='rights-case__line'>{`你的评价：${c.rating.score}星`}</Text>}
      </Card>
      <RateAndReview c={c} />
      <SectionTitle title='办理进度' />
      <Card>
        <CaseSteps steps={c.timeline} />
      </Card>
      <SectionTitle title='你反映的情况' />
      <Card>
        <Text className='rights-case__text'>{c.text}</Text>
        {c.wage && (
          <Text className='rights-case__line'>
            {`欠薪单位：${c.wage.employerName}${c.wage.site ? `（${c.wage.site}）` : ''}；${c.wage.from}至${c.wage.to}；${c.wage.amount}元；${c.wage.people}人`}
          </Text>
        )}
        <View className='rights-case__photos'>
          {c.photos.map((p) => (
            <Image key={p} className='rights-case__photo' src={photoSrc(p)} mode='aspectFill' />
          ))}
        </View>
      </Card>
      <Hotline />
    </Page>
  )
}
