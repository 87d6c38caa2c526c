import { Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { Button } from '../../../components/button'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { BRAND_LINES } from '../../../domain/brands'
import { beijingDate, formatDay, fromBeijingWallTime } from '../../../domain/time'
import { ApiError } from '../../../services/call-api'
import { useEmployerStore, type PostDraft } from '../../../stores/employer'
import { Field } from '../components/field'
import { SelectField } from '../components/select-field'
import { EMPLOYER_PAGES } from '../links'
import { CERTIFICATES, PLACES, SHIFTS, defaultExpiry, postProblem, toOpeningInput } from './form'
import './index.scss'

const DAY = 86_400_000

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
        <Switch checked={checked} color='#1f7a5c' onChange={(e) => onChange(e.detail.value)} />
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
      <SelectField
        label='劳务品牌'
        options={BRAND_LINES.map((b) => b.name)}
        value={brand?.name}
        placeholder='请选择'
        onChoose={(name) => {
          const next = BRAND_LINES.find((b) => b.name === name)
          set({
            brand: next?.id,
            occupation:
              draft.occupation && next?.occupations.includes(draft.occupation)
                ? draft.occupation
                : undefined,
          })
        }}
      />
      <SelectField
        label='工种'
        options={brand?.occupations ?? []}
        value={draft.occupation}
        placeholder={brand ? '请选择' : '先选劳务品牌'}
        disabled={!brand}
        onChoose={(occupation) => set({ occupation })}
      />
      <Field label='岗位名称'>
        <Input
          className='field__input'
          value={draft.title}
          maxlength={30}
          placeholder='如：螺蛳粉店厨师'
          onInput={(e) => set({ title: e.detail.value })}
        />
      </Field>
      <Field label='招几个人'>
        <Input
          className='field__input'
          type='number'
          value={draft.headcount}
          maxlength={4}
          placeholder='人数'
          onInput={(e) => set({ headcount: e.detail.value })}
        />
      </Field>
      <View className='post__pay'>
        <Field label='最低月薪（元）'>
          <Input
            className='field__input'
            type='number'
            value={draft.payMin}
            maxlength={5}
            placeholder='如 4000'
            onInput={(e) => set({ payMin: e.detail.value })}
          />
        </Field>
        <Field label='最高月薪（元）'>
          <Input
            className='field__input'
            type='number'
            value={draft.payMax}
            maxlength={5}
            placeholder='如 6000'
            onInput={(e) => set({ payMax: e.detail.value })}
          />
        </Field>
      </View>

      <SectionTitle title='在哪里、怎么上班' />
      <SelectField
        label='工作地点'
        options={PLACES}
        value={draft.place}
        placeholder='柳州的区县，或广东湛江等'
        onChoose={(place) => set({ place: place as PostDraft['place'] })}
      />
      <SelectField
        label='上班时间'
        optional
        options={SHIFTS}
        value={draft.shift}
        placeholder='请选择'
        onChoose={(shift) => set({ shift })}
      />
      <Field label='待遇'>
        <View className='post__switches'>
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
      </Field>

      <SectionTitle title='要求和介绍' />
      <SelectField
        label='需要证书'
        options={CERTIFICATES.map((c) => c.label)}
        value={CERTIFICATES.find((c) => c.type === draft.certificate)?.label}
        placeholder='不要求证书'
        onChoose={(label) =>
          set({ certificate: CERTIFICATES.find((c) => c.label === label)?.type })
        }
      />
      <Field label='其他要求' optional>
        <Textarea
          className='field__textarea'
          value={draft.requirements}
          maxlength={300}
          placeholder='如：身体健康，能适应倒班'
          onInput={(e) => set({ requirements: e.detail.value })}
        />
      </Field>
      <Field
        label='岗位介绍'
        hint={{
          tone: 'info',
          text: `已写${draft.description.trim().length}字：做什么、在哪里、怎么上班、工资怎么发`,
        }}
      >
        <Textarea
          className='field__textarea'
          value={draft.description}
          maxlength={2000}
          placeholder='至少10个字'
          onInput={(e) => set({ description: e.detail.value })}
        />
      </Field>
      <Field label='招到哪天为止'>
        <Picker
          className='field__picker'
          mode='date'
          value={expiresOn}
          start={beijingDate(now + DAY)}
          end={beijingDate(now + 365 * DAY)}
          onChange={(e) => set({ expiresOn: e.detail.value })}
        >
          <View className='field__picker-value'>
            <Text>{`${formatDay(fromBeijingWallTime(`${expiresOn} 12:00`))}截止`}</Text>
            <Text className='field__picker-placeholder'>▾</Text>
          </View>
        </Picker>
      </Field>

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
