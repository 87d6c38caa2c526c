import { Image, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { StaffAction, StaffCase } from '../../../../types/rights'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { FormField } from '../../../components/form-field'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import {
  ACTION_LABELS,
  CASE_WORKFLOW,
  CATEGORY_LABELS,
  STATUS_LABELS,
} from '../../../domain/rights'
import { formatDate, formatDateTime } from '../../../domain/time'
import { callApi } from '../../../services/call-api'
import { photoSrc } from '../../../services/upload'
import './index.scss'

/** What staff write for each action; the reporter reads it. */
const NOTE_HINT: Record<StaffAction, string> = {
  accept: '受理意见，如：将在5个工作日内联系用人单位核实',
  reject: '不予受理的原因和去处，如：属于劳动争议，请申请劳动仲裁',
  note: '调查进展，如：已约谈用人单位',
  close: '办理经过（选填补充）',
  extend: '延期的原因',
}

function Actions({ c, onDone }: { c: StaffCase; onDone: (next: StaffCase) => void }) {
  const allowed = Object.keys(CASE_WORKFLOW[c.status].staff).filter(
    (a) => !(a === 'extend' && c.extended),
  ) as StaffAction[]
  const [action, setAction] = useState<StaffAction | null>(null)
  const [note, setNote] = useState('')
  const [result, setResult] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  if (allowed.length === 0) return null

  const submit = async () => {
    if (!action) return
    setBusy(true)
    setProblem(null)
    try {
      const next = await callApi('staff/rights/update', {
        caseId: c.id,
        action,
        note: note.trim() || (action === 'close' ? '已办结' : ''),
        ...(action === 'close' ? { result: result.trim() } : {}),
      })
      onDone(next)
      setAction(null)
      setNote('')
      setResult('')
      Taro.showToast({ title: '已处理', icon: 'success' })
    } catch (err) {
      setProblem((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card>
      <SectionTitle title='处理' />
      <View className='desk-case__actions'>
        {allowed.map((a) => (
          <Text
            key={a}
            className={`desk-case__action ${a === action ? 'desk-case__action--on' : ''}`}
            onClick={() => setAction(a)}
          >
            {ACTION_LABELS[a]}
          </Text>
        ))}
      </View>
      {action === 'close' && (
        <FormField
          label='处理结果'
          hint='投诉人会看到'
          multiline
          value={result}
          maxlength={1000}
          placeholder='如：已责令退还押金'
          onInput={setResult}
        />
      )}
      {action && (
        <>
          <FormField
            label='办理说明'
            multiline
            value={note}
            maxlength={1000}
            placeholder={NOTE_HINT[action]}
            onInput={setNote}
          />
          <Button loading={busy} onClick={submit}>{`确认${ACTION_LABELS[action]}`}</Button>
        </>
      )}
      {problem && <Text className='desk-case__problem'>{problem}</Text>}
    </Card>
  )
}

function BlacklistEmployer({ employerId }: { employerId: string }) {
  const [reason, setReason] = useState('')
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const add = async () => {
    setBusy(true)
    try {
      const entry = await callApi('staff/blacklist/add', { employerId, reason: reason.trim() })
      setMessage(`已列入失信名单，至${formatDate(entry.until)}`)
    } catch (err) {
      setMessage((err as Error).message)
    } finally {
      setBusy(false)
    }
  }
  return (
    <Card>
      <SectionTitle title='失信惩戒' />
      <FormField
        label='列入失信名单的原因'
        hint='会公开显示，默认3年'
        multiline
        value={reason}
        maxlength={200}
        onInput={setReason}
      />
      <Button variant='secondary' loading={busy} onClick={add}>
        列入失信名单
      </Button>
      {message && <Text className='desk-case__line'>{message}</Text>}
    </Card>
  )
}

/** One case on the desk: the report (reporter masked when anonymous), deadlines, the actions allowed now. */
export default function DeskCase() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const [c, setCase] = useState<StaffCase | null>(null)
  const [error, setError] = useState<string | null>(null)
  const load = async () => {
    setError(null)
    try {
      setCase(await callApi('staff/rights/get', { caseId: id }, { retry: true }))
    } catch (err) {
      setError((err as Error).message)
    }
  }
  useDidShow(() => {
    load()
  })
  if (!c)
    return (
      <Page className='desk-case'>
        <ListState
          status={error ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={load}
        />
      </Page>
    )

  return (
    <Page className='desk-case'>
      <Card>
        <View className='desk-case__head'>
          <Text className='desk-case__title'>{`${CATEGORY_LABELS[c.category]} · ${c.caseNo}`}</Text>
          <Tag tone={c.warning ? 'danger' : 'plain'}>{STATUS_LABELS[c.status]}</Tag>
        </View>
        <Text className='desk-case__line'>
          {c.reporter
            ? `投诉人：${c.reporter.name} ${c.reporter.phone}`
            : '匿名举报（不显示举报人）'}
        </Text>
        {c.targetName && <Text className='desk-case__line'>{`对象：${c.targetName}`}</Text>}
        {c.county && <Text className='desk-case__line'>{`区县：${c.county}`}</Text>}
        <Text className='desk-case__line'>{`提交：${formatDateTime(c.createdAt)}`}</Text>
        {c.dueAt && (
          <Text className='desk-case__due'>
            {`期限：${formatDate(c.dueAt)}${c.warning ? `（${c.warning}）` : ''}`}
          </Text>
        )}
        <Text className='desk-case__text'>{c.text}</Text>
        {c.wage && (
          <Text className='desk-case__line'>
            {`欠薪：${c.wage.employerName}${c.wage.site ? `（${c.wage.site}）` : ''}，${c.wage.from}至${c.wage.to}，${c.wage.amount}元，${c.wage.people}人`}
          </Text>
        )}
        <View className='desk-case__photos'>
          {c.photos.map((p) => (
            <Image key={p} className='desk-case__photo' src={photoSrc(p)} mode='aspectFill' />
          ))}
        </View>
      </Card>
      <Actions c={c} onDone={setCase} />
      {c.employerId && <BlacklistEmployer employerId={c.employerId} />}
      <SectionTitle title='办理记录' />
      <Card>
        {c.timeline.map((s, i) => (
          <Text key={`${s.at}-${i}`} className='desk-case__line'>
            {`${formatDateTime(s.at)} ${ACTION_LABELS[s.action]}${s.note ? `：${s.note}` : ''}`}
          </Text>
        ))}
      </Card>
    </Page>
  )
}
