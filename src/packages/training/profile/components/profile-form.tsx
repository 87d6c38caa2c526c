import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { BrandId, CountyName } from '../../../../../types/catalog'
import type { Education, WorkerGroup, WorkPlace } from '../../../../../types/profile'
import { Button } from '../../../../components/button'
import { FormField } from '../../../../components/form-field'
import {
  OptionPicker,
  optionsOf,
  plainOptions,
  type PickerOption,
} from '../../../../components/option-picker'
import { SectionTitle } from '../../../../components/section-title'
import { BRAND_LINES } from '../../../../domain/brands'
import { COUNTIES, WORK_PLACES, countyByName } from '../../../../domain/counties'
import {
  EDUCATION_LABELS,
  EDUCATION_LEVELS,
  GROUP_LABELS,
  WORKER_GROUPS,
} from '../../../../domain/groups'
import { useProfileStore } from '../../../../stores/profile'
import { draftProblems, idHint, phoneHint } from '../check'
import './profile-form.scss'

export interface ProfileFormProps {
  /** The main button's words: 保存 or 保存并报名. */
  submitText: string
  /** Called when every required field is right; saving is the page's job. */
  onSubmit: () => void
  busy?: boolean
  /** What happened with the last save (a back-end reason, or 已保存). */
  result?: { text: string; bad: boolean } | null
}

const COUNTY_OPTIONS = plainOptions<CountyName>(COUNTIES.map((c) => c.name))
const GROUP_OPTIONS = optionsOf<WorkerGroup>(WORKER_GROUPS.map((g) => [g, GROUP_LABELS[g]]))
const EDUCATION_OPTIONS = optionsOf<Education>(
  EDUCATION_LEVELS.map((e) => [e, EDUCATION_LABELS[e]]),
)
const BRAND_OPTIONS = optionsOf<BrandId>(BRAND_LINES.map((b) => [b.id, b.name]))
const PLACE_OPTIONS = plainOptions<WorkPlace>(WORK_PLACES)
const PAY_OPTIONS = optionsOf<number>(
  [2000, 2500, 3000, 3500, 4000, 4500, 5000, 6000, 7000, 8000].map((n) => [n, `每月${n}元以上`]),
)

function occupationOptions(brands: BrandId[]): PickerOption<string>[] {
  const lines = brands.length ? BRAND_LINES.filter((b) => brands.includes(b.id)) : BRAND_LINES
  return lines.flatMap((b) => b.occupations.map((o) => ({ value: o, label: o })))
}

/** The worker profile form: typed fields checked as they are typed, pickers for the rest. */
export function ProfileForm({ submitText, onSubmit, busy = false, result }: ProfileFormProps) {
  const draft = useProfileStore((s) => s.draft)
  const update = useProfileStore((s) => s.update)
  const [tried, setTried] = useState(false)

  const problems = draftProblems(draft)
  const id = idHint(draft.idNumber)
  const county = draft.county ? countyByName(draft.county) : undefined
  const shown = (field: keyof typeof problems) => (tried ? (problems[field] ?? null) : null)
  const missing = Object.keys(problems).length

  const submit = () => {
    setTried(true)
    if (missing === 0) onSubmit()
  }

  return (
    <View className='profile-form'>
      <SectionTitle title='基本信息' />
      <FormField
        label='姓名'
        required
        value={draft.name}
        placeholder='和身份证上一样'
        maxlength={20}
        onInput={(name) => update({ name })}
        error={shown('name')}
      />
      <FormField
        label='手机号'
        required
        value={draft.phone}
        type='number'
        maxlength={11}
        placeholder='11位手机号'
        onInput={(phone) => update({ phone })}
        error={phoneHint(draft.phone) ?? shown('phone')}
        hint='培训机构用它通知你上课'
      />
      <FormField
        label='身份证号'
        required
        value={draft.idNumber}
        type='idcard'
        maxlength={18}
        placeholder='18位，最后一位可能是X'
        onInput={(idNumber) => update({ idNumber })}
        error={id.kind === 'wrong' ? id.reason : shown('idNumber')}
        ok={id.kind === 'ok' ? id.text : null}
        hint='加密保存，别人只能看到遮住中间的号码'
      />
      <OptionPicker
        title='户籍区县'
        required
        options={COUNTY_OPTIONS}
        value={draft.county}
        error={shown('county')}
        onChange={(value) =>
          update({ county: value, township: value === draft.county ? draft.township : undefined })
        }
      />
      <OptionPicker
        title='乡镇/街道'
        placeholder='请选择（可不填）'
        clearLabel='不填'
        options={plainOptions(county?.townships ?? [])}
        value={draft.township}
        disabled={!county}
        disabledHint='请先选择区县'
        onChange={(township) => update({ township })}
      />
      <OptionPicker
        title='人员类别'
        required
        options={GROUP_OPTIONS}
        value={draft.group}
        error={shown('group')}
        hint='人员类别用于优先推荐岗位和落实帮扶政策，不会给用人单位看。'
        onChange={(group) => update({ group })}
      />
      <OptionPicker
        title='文化程度'
        placeholder='请选择（可不填）'
        clearLabel='不填'
        options={EDUCATION_OPTIONS}
        value={draft.education}
        onChange={(education) => update({ education })}
      />

      <SectionTitle title='想找什么工作（可不填）' />
      <OptionPicker<BrandId>
        title='想做的品牌'
        multiple
        placeholder='可多选'
        options={BRAND_OPTIONS}
        value={draft.brands}
        onChange={(brands) => update({ brands })}
      />
      <OptionPicker<string>
        title='想做的工种'
        multiple
        placeholder='可多选'
        options={occupationOptions(draft.brands)}
        value={draft.occupations}
        onChange={(occupations) => update({ occupations })}
      />
      <OptionPicker<WorkPlace>
        title='想去的地方'
        multiple
        placeholder='可多选，含广东湛江'
        options={PLACE_OPTIONS}
        value={draft.places}
        onChange={(places) => update({ places })}
      />
      <OptionPicker
        title='最低月薪'
        placeholder='不限'
        clearLabel='不限'
        options={PAY_OPTIONS}
        value={draft.minPay}
        onChange={(minPay) => update({ minPay })}
      />

      <View className='profile-form__bar'>
        {tried && missing > 0 ? (
          <Text className='profile-form__wrong'>{`还有 ${missing} 项没填好，请看上面的红字`}</Text>
        ) : result ? (
          <Text className={result.bad ? 'profile-form__wrong' : 'profile-form__good'}>
            {result.text}
          </Text>
        ) : null}
        <Button loading={busy} onClick={submit}>
          {submitText}
        </Button>
      </View>
    </View>
  )
}
