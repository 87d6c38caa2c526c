import { Switch, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { BrandId } from '../../../../types/catalog'
import { Button } from '../../../components/button'
import { FormField } from '../../../components/form-field'
import {
  OptionPicker,
  dateOptions,
  optionsOf,
  plainOptions,
} from '../../../components/option-picker'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { BRAND_LINES } from '../../../domain/brands'
import { beijingDate } from '../../../domain/time'
import { ApiError } from '../../../services/call-api'
import { useEmployerStore, type PostDraft } from '../../../stores/employer'
import { EMPLOYER_PAGES } from '../links'
import { CERTIFICATES, PLACES, SHIFTS, defaultExpiry, postProblem, toOpeningInput } from './form'
import './index.scss'

const DAY = 86_400_000
const BRAND_OPTIONS = optionsOf<BrandId>(BRAND_LINES.map((b) => [b.id, b.name]))
const CERTIFICATE_OPTIONS = plainOptions(CERTIFICATES.map((c) => c.label))

interface BenefitSwitchProps {
  label: string
  checked: boolean
  onChange: (on: boolean) => void
}

function BenefitSwitch({ label, checked, onChange }: BenefitSwitchProps) {
  return (
    <View className='post__switch' onClick={() => onChange(!checked)}>
      <Text className='post__switch-label'>{label}</Text>
      <Text className='post__switch-state'>{checked ? '有' : '没有'}</Text>
      <View onClick={(e) => e.stopPropagation()}>
        <Switch
          checked={checked}
          color='#1f7a5c'
          nativeProps={{ 'aria-label': label }}
          onChange={(e) => onChange(e.detail.value)}
        />
      </View>
    </View>
  )
}

/** 发布岗位: pickers for what can be picked; the server's screening reason shown as is. */
export default function Post() {
  const draft = useEmployerStore((s) => s.postDraft)
  const setDraft = useEmployerStore((s) => s.setPostDraft)
  const clearDraft = useEmployerStore((s) => s.clearPostDraft)
  const post = useEmployerStore((s) => s.post)
  const [saving, setSaving] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [rejected, setRejected] = useState<string | null>(null)

  const now = Date.now()
  const brand = BRAND_LINES.find((b) => b.id === draft.brand)
  const expiresOn = draft.expiresOn ?? defaultExpiry(now)
  const set = (patch: Partial<PostDraft>) => {
    setDraft(patch)
    setProblem(null)
  }

  const submit = async () => {
    const local = postProblem(draft)
    setProblem(local)
    setRejected(null)
    if (local) return
    setSaving(true)
    try {
      await post(toOpeningInput(draft, Date.now()))
      clearDraft()
      Taro.showToast({ title: '已发布', icon: 'success' })
      Taro.redirectTo({ url: EMPLOYER_PAGES.openings })
    } catch (err) {
      const e = err as ApiError
      if (e instanceof ApiError && e.code === 'POSTING_REJECTED') setRejected(e.message)
      else setProblem(e.message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Page className='post'>
      <Text className='post__rule'>
        招工不能向求职者收任何费用（押金、培训费、服装费、体检费等），也不能让人办贷款，写了就发布不了。
      </Text>

      <SectionTitle title='做什么' />
      <OptionPicker<BrandId>
        title='劳务品牌'
        options={BRAND_OPTIONS}
        value={draft.brand}
        onChange={(id) => {
          const next = BRAND_LINES.find((b) => b.id === id)
          set({
            brand: next?.id,
            occupation:
              draft.occupation && next?.occupations.includes(draft.occupation)
                ? draft.occupation
                : undefined,
          })
        }}
      />
      <OptionPicker
        title='工种'
        options={plainOptions(brand?.occupations ?? [])}
        value={draft.occupation}
        disabled={!brand}
        disabledHint='先选劳务品牌'
        onChange={(occupation) => set({ occupation })}
      />
      <FormField
        label='岗位名称'
        value={draft.title}
        maxlength={30}
        placeholder='如：螺蛳粉店厨师'
        onInput={(title) => set({ title })}
      />
      <FormField
        label='招几个人'
        type='number'
        value={draft.headcount}
        maxlength={4}
        placeholder='人数'
        onInput={(headcount) => set({ headcount })}
      />
      <View className='post__pay'>
        <View className='post__pay-part'>
          <FormField
            label='最低月薪（元）'
            type='number'
            value={draft.payMin}
            maxlength={5}
            placeholder='如 4000'
            onInput={(payMin) => set({ payMin })}
          />
        </View>
        <View className='post__pay-part'>
          <FormField
            label='最高月薪（元）'
            type='number'
            value={draft.payMax}
            maxlength={5}
            placeholder='如 6000'
            onInput={(payMax) => set({ payMax })}
          />
        </View>
      </View>

      <SectionTitle title='在哪里、怎么上班' />
      <OptionPicker
        title='工作地点'
        options={plainOptions(PLACES)}
        value={draft.place}
        placeholder='柳州的区县，或广东湛江等'
        onChange={(place) => set({ place })}
      />
      <OptionPicker
        title='上班时间'
        optional
        options={plainOptions(SHIFTS)}
        value={draft.shift}
        onChange={(shift) => set({ shift })}
      />
      <View className='post__benefits'>
        <Text className='post__benefits-title'>待遇</Text>
        <BenefitSwitch label='包吃' checked={draft.board} onChange={(board) => set({ board })} />
        <BenefitSwitch
          label='包住'
          checked={draft.lodging}
          onChange={(lodging) => set({ lodging })}
        />
        <BenefitSwitch
          label='五险（社保）'
          checked={draft.socialInsurance}
          onChange={(socialInsurance) => set({ socialInsurance })}
        />
      </View>

      <SectionTitle title='要求和介绍' />
      <OptionPicker
        title='需要证书'
        options={CERTIFICATE_OPTIONS}
        value={CERTIFICATES.find((c) => c.type === draft.certificate)?.label}
        placeholder='不要求证书'
        onChange={(label) =>
          set({ certificate: CERTIFICATES.find((c) => c.label === label)?.type })
        }
      />
      <FormField
        label='其他要求'
        optional
        multiline
        value={draft.requirements}
        maxlength={300}
        placeholder='如：身体健康，能适应倒班'
        onInput={(requirements) => set({ requirements })}
      />
      <FormField
        label='岗位介绍'
        multiline
        value={draft.description}
        maxlength={2000}
        placeholder='至少10个字'
        hint={`已写${draft.description.trim().length}字：做什么、在哪里、怎么上班、工资怎么发`}
        onInput={(description) => set({ description })}
      />
      <OptionPicker
        title='招到哪天为止'
        options={dateOptions(beijingDate(now + DAY), 365, expiresOn)}
        value={expiresOn}
        onChange={(day) => set({ expiresOn: day })}
      />

      {rejected && (
        <View className='post__rejected'>
          <Text className='post__rejected-title'>没有发布</Text>
          <Text className='post__rejected-text'>{rejected}</Text>
        </View>
      )}
      {problem && <Text className='post__problem'>{problem}</Text>}
      <Button loading={saving} onClick={submit}>
        发布岗位
      </Button>
      <Text className='post__kept'>没填完也没关系，填过的内容会留着。</Text>
    </Page>
  )
}
