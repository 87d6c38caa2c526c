import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { EmployerStanding } from '../../../../types/jobs'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { FormField, type FieldNote } from '../../../components/form-field'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag, type TagTone } from '../../../components/tag'
import { checkPhone } from '../../../domain/phone'
import { checkUscc } from '../../../domain/uscc'
import { useEmployerStore, type RegisterDraft } from '../../../stores/employer'
import { UsccField } from '../components/uscc-field'
import { EMPLOYER_PAGES } from '../links'
import './index.scss'
import { openPage } from '../../../services/navigate'

const STANDING: Record<Exclude<EmployerStanding, 'none'>, { label: string; tone: TagTone }> = {
  pending: { label: '审核中', tone: 'warning' },
  verified: { label: '已认证', tone: 'success' },
  refused: { label: '未通过', tone: 'danger' },
  blacklisted: { label: '失信名单', tone: 'danger' },
}

function phoneNote(phone: string): FieldNote {
  if (!phone) return {}
  if (/^\d{1,10}$/.test(phone)) return { hint: `已填${phone.length}位，共11位` }
  const check = checkPhone(phone)
  return check.ok ? {} : { error: check.reason }
}

/** The first thing wrong with the sign-up, in words the employer can act on. */
export function registerProblem(d: RegisterDraft): string | null {
  if (d.name.trim().length < 2) return '请填写单位名称（营业执照上的全称）'
  const uscc = checkUscc(d.uscc)
  if (!d.uscc.trim()) return '请填写统一社会信用代码'
  if (!uscc.ok) return uscc.reason
  if (!d.contact.trim()) return '请填写联系人'
  const phone = checkPhone(d.phone)
  if (!phone.ok) return phone.reason
  return null
}

function RegisterForm({ refused }: { refused: boolean }) {
  const draft = useEmployerStore((s) => s.registerDraft)
  const setDraft = useEmployerStore((s) => s.setRegisterDraft)
  const register = useEmployerStore((s) => s.register)
  const [saving, setSaving] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const submit = async () => {
    const local = registerProblem(draft)
    setProblem(local)
    if (local) return
    setSaving(true)
    try {
      await register({
        name: draft.name.trim(),
        uscc: draft.uscc,
        contact: draft.contact.trim(),
        phone: draft.phone,
      })
      Taro.showToast({ title: '已提交审核', icon: 'success' })
    } catch (err) {
      setProblem((err as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <View className='register__form'>
      <SectionTitle title={refused ? '修改后重新提交' : '登记你的单位'} />
      <FormField
        label='单位名称'
        value={draft.name}
        maxlength={60}
        placeholder='营业执照上的全称'
        onInput={(name) => setDraft({ name })}
      />
      <UsccField value={draft.uscc} onChange={(uscc) => setDraft({ uscc })} />
      <FormField
        label='联系人'
        value={draft.contact}
        maxlength={20}
        placeholder='负责招聘的人的姓名'
        onInput={(contact) => setDraft({ contact })}
      />
      <FormField
        label='联系电话'
        type='number'
        value={draft.phone}
        maxlength={11}
        placeholder='11位手机号'
        onInput={(phone) => setDraft({ phone })}
        {...phoneNote(draft.phone)}
      />
      <Text className='register__note'>人社局工作人员会核对营业执照信息，一般1-3个工作日。</Text>
      {problem && <Text className='register__problem'>{problem}</Text>}
      <Button loading={saving} onClick={submit}>
        提交审核
      </Button>
    </View>
  )
}

/** 用人单位 sign-up and where it stands: 审核中 / 已认证 / 未通过 (with the reason). */
export default function Register() {
  const me = useEmployerStore((s) => s.me)
  const status = useEmployerStore((s) => s.meStatus)
  const error = useEmployerStore((s) => s.meError)
  const loadMe = useEmployerStore((s) => s.loadMe)
  const setDraft = useEmployerStore((s) => s.setRegisterDraft)

  useDidShow(() => {
    loadMe().then(() => {
      // A refused sign-up comes back filled in, to be corrected rather than typed again.
      const { me: now, registerDraft } = useEmployerStore.getState()
      if (
        now?.standing === 'refused' &&
        now.employer &&
        !registerDraft.name &&
        !registerDraft.uscc
      ) {
        const { name, uscc, contact, phone } = now.employer
        setDraft({ name, uscc, contact, phone })
      }
    })
  })

  if (!me) {
    return (
      <Page className='register'>
        <ListState
          status={status === 'error' ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={loadMe}
        />
      </Page>
    )
  }

  const { standing, employer, message } = me
  const showForm = standing === 'none' || standing === 'refused'
  return (
    <Page className='register'>
      {employer && standing !== 'none' && (
        <Card>
          <View className='register__standing'>
            <Tag tone={STANDING[standing].tone}>{STANDING[standing].label}</Tag>
          </View>
          <Text className='register__name'>{employer.name}</Text>
          <Text className='register__detail'>{`统一社会信用代码：${employer.uscc}`}</Text>
          <Text className='register__detail'>{`联系人：${employer.contact}  ${employer.phone}`}</Text>
          <Text className={`register__message register__message--${standing}`}>{message}</Text>
        </Card>
      )}
      {standing === 'none' && <Text className='register__intro'>{message}</Text>}
      {standing === 'verified' && (
        <View className='register__actions'>
          <Button onClick={() => openPage(EMPLOYER_PAGES.post)}>发布岗位</Button>
          <Button variant='secondary' onClick={() => openPage(EMPLOYER_PAGES.openings)}>
            我的岗位和候选人
          </Button>
        </View>
      )}
      {showForm && <RegisterForm refused={standing === 'refused'} />}
    </Page>
  )
}
