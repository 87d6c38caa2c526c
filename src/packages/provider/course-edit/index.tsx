import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { BrandId, CertificateType, CountyName, CourseMode } from '../../../../types/catalog'
import { Button } from '../../../components/button'
import { ListState } from '../../../components/list-state'
import { FormField } from '../../../components/form-field'
import {
  OptionPicker,
  dateOptions,
  plainOptions,
  timeOptions,
  type PickerOption,
} from '../../../components/option-picker'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { BRAND_LINES } from '../../../domain/brands'
import { COUNTIES, countyByName } from '../../../domain/counties'
import {
  CERTIFICATE_TYPE_LABELS,
  COURSE_MODE_LABELS,
  SKILL_LEVEL_LABELS,
  type SkillLevel,
} from '../../../domain/groups'
import { beijingDate } from '../../../domain/time'
import { useProviderStore } from '../../../stores/provider'
import { useCourseStore } from '../../../stores/training'
import { formFromCourse, newCourseForm, toCourseInput, type CourseForm } from './form'
import './index.scss'

const BRAND_OPTIONS: PickerOption<BrandId>[] = BRAND_LINES.map((b) => ({
  value: b.id,
  label: b.name,
}))
const MODE_OPTIONS: PickerOption<CourseMode>[] = (
  Object.keys(COURSE_MODE_LABELS) as CourseMode[]
).map((m) => ({ value: m, label: COURSE_MODE_LABELS[m] }))
const COUNTY_OPTIONS: PickerOption<CountyName>[] = COUNTIES.map((c) => ({
  value: c.name,
  label: c.name,
}))
const CERT_OPTIONS: PickerOption<CertificateType>[] = (
  Object.keys(CERTIFICATE_TYPE_LABELS) as CertificateType[]
).map((t) => ({ value: t, label: CERTIFICATE_TYPE_LABELS[t] }))
const LEVEL_OPTIONS: PickerOption<SkillLevel>[] = ([5, 4, 3, 2, 1] as SkillLevel[]).map((l) => ({
  value: l,
  label: SKILL_LEVEL_LABELS[l],
}))
const STATUS_OPTIONS: PickerOption<CourseForm['status']>[] = [
  { value: 'open', label: '报名中' },
  { value: 'closed', label: '停止报名' },
  { value: 'cancelled', label: '取消这门课程' },
]

/** Publish a new course or change one of the provider's own. */
export default function CourseEdit() {
  const id = useRouter().params.id
  const saved = useCourseStore((s) => (id ? s.courses[id] : undefined))
  const load = useCourseStore((s) => (id ? s.courseLoad[id] : undefined))
  const loadCourse = useCourseStore((s) => s.loadCourse)
  const saveCourse = useProviderStore((s) => s.saveCourse)
  const [form, setForm] = useState<CourseForm | null>(id ? null : newCourseForm())
  const [saving, setSaving] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    Taro.setNavigationBarTitle({ title: '修改课程' })
    loadCourse(id)
  }, [id, loadCourse])

  // Fill the form once, from a fresh load (not from a copy kept on the phone).
  useEffect(() => {
    if (id && !form && saved && load?.status === 'ready') setForm(formFromCourse(saved.data))
  }, [id, form, saved, load])

  if (!form) {
    return (
      <Page className='course-edit'>
        <ListState
          status={load?.status === 'error' ? 'error' : 'loading'}
          message={load?.error ?? undefined}
          onRetry={() => id && loadCourse(id)}
        />
      </Page>
    )
  }

  const today = beijingDate()
  const set = (patch: Partial<CourseForm>) => setForm({ ...form, ...patch })
  const brand = BRAND_LINES.find((b) => b.id === form.brand)
  const setSession = (i: number, patch: Partial<CourseForm['sessions'][number]>) =>
    set({ sessions: form.sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)) })

  const chooseOnMap = async () => {
    try {
      const place = await Taro.chooseLocation({})
      set({
        point: { latitude: place.latitude, longitude: place.longitude },
        address: place.address || form.address,
        venueName: form.venueName || place.name,
      })
    } catch {
      // The person closed the map without choosing: nothing changes.
    }
  }

  const submit = async () => {
    const checked = toCourseInput(form)
    if ('problem' in checked) {
      setProblem(checked.problem)
      return
    }
    setProblem(null)
    setSaving(true)
    try {
      await saveCourse(checked.input)
      if (id) loadCourse(id)
      Taro.showToast({ title: id ? '已保存' : '已发布', icon: 'success' })
      Taro.navigateBack()
    } catch (err) {
      setProblem((err as Error).message)
    } finally {
      setSaving(false)
    }
  }

  return (
    <Page className='course-edit'>
      <SectionTitle title='课程' />
      <FormField
        label='课程名称'
        value={form.title}
        placeholder='如：养老护理员（五级）培训班'
        onInput={(title) => set({ title })}
      />
      <OptionPicker
        title='品牌'
        required
        options={BRAND_OPTIONS}
        value={form.brand}
        onChange={(b) =>
          set({ brand: b, occupation: b === form.brand ? form.occupation : undefined })
        }
      />
      <OptionPicker
        title='工种'
        required
        options={plainOptions(brand?.occupations ?? [])}
        value={form.occupation}
        disabled={!brand}
        disabledHint='请先选择品牌'
        onChange={(occupation) => set({ occupation })}
      />
      <OptionPicker
        title='上课方式'
        required
        options={MODE_OPTIONS}
        value={form.mode}
        onChange={(mode) => set({ mode })}
      />

      <SectionTitle title='上课地点' />
      <OptionPicker
        title='区县'
        required
        options={COUNTY_OPTIONS}
        value={form.county}
        onChange={(county) =>
          set({ county, point: form.point ?? (county ? countyByName(county)?.centre : undefined) })
        }
      />
      <FormField
        label='地点名称'
        value={form.venueName}
        placeholder='如：某某培训学校'
        onInput={(venueName) => set({ venueName })}
      />
      <FormField
        label='详细地址'
        value={form.address}
        placeholder='路名、门牌号'
        onInput={(address) => set({ address })}
      />
      {process.env.TARO_ENV === 'weapp' && (
        <Button variant='secondary' onClick={chooseOnMap}>
          {form.point ? '在地图上重新选地点' : '在地图上选地点'}
        </Button>
      )}

      <SectionTitle title='上课时间（北京时间）' />
      {form.sessions.map((s, i) => (
        <View key={i} className='course-edit__session'>
          <OptionPicker
            title={`第${i + 1}次课：日期`}
            options={dateOptions(today, 365, s.date)}
            value={s.date}
            onChange={(date) => date && setSession(i, { date })}
          />
          <View className='course-edit__row'>
            <View className='course-edit__time'>
              <OptionPicker
                title='开始'
                options={timeOptions(30, s.start)}
                value={s.start}
                onChange={(start) => start && setSession(i, { start })}
              />
            </View>
            <View className='course-edit__time'>
              <OptionPicker
                title='结束'
                options={timeOptions(30, s.end)}
                value={s.end}
                onChange={(end) => end && setSession(i, { end })}
              />
            </View>
          </View>
          {form.sessions.length > 1 && (
            <Text
              className='course-edit__remove'
              onClick={() => set({ sessions: form.sessions.filter((_, j) => j !== i) })}
            >
              删除这次课
            </Text>
          )}
        </View>
      ))}
      <Button
        variant='secondary'
        onClick={() => {
          const last = form.sessions[form.sessions.length - 1]
          set({ sessions: [...form.sessions, { ...last }] })
        }}
      >
        再加一次课
      </Button>
      <View className='course-edit__row course-edit__gap'>
        <View className='course-edit__date'>
          <OptionPicker
            title='报名截止日期'
            options={dateOptions(today, 365, form.deadlineDate)}
            value={form.deadlineDate}
            onChange={(deadlineDate) => deadlineDate && set({ deadlineDate })}
          />
        </View>
        <View className='course-edit__time'>
          <OptionPicker
            title='几点截止'
            options={timeOptions(30, form.deadlineTime)}
            value={form.deadlineTime}
            onChange={(deadlineTime) => deadlineTime && set({ deadlineTime })}
          />
        </View>
      </View>

      <SectionTitle title='名额和费用' />
      <FormField
        label='名额（人）'
        type='number'
        value={form.capacity}
        onInput={(capacity) => set({ capacity })}
      />
      <FormField
        label='候补人数（满员后可排队的人数）'
        type='number'
        value={form.waitlistCapacity}
        onInput={(waitlistCapacity) => set({ waitlistCapacity })}
      />
      <FormField
        label='费用（元，免费填0）'
        type='digit'
        value={form.fee}
        onInput={(fee) => set({ fee })}
      />
      <FormField label='补贴说明' value={form.subsidy} onInput={(subsidy) => set({ subsidy })} />

      <SectionTitle title='结业证书' />
      <OptionPicker
        title='证书类型'
        required
        options={CERT_OPTIONS}
        value={form.certType}
        onChange={(certType) => set({ certType })}
      />
      {form.certType === 'skill_level' && (
        <OptionPicker
          title='技能等级'
          required
          options={LEVEL_OPTIONS}
          value={form.certLevel}
          onChange={(certLevel) => set({ certLevel })}
        />
      )}
      <FormField
        label='证书名称'
        value={form.certName}
        placeholder='如：养老护理员职业技能等级证书'
        onInput={(certName) => set({ certName })}
      />

      <SectionTitle title='课程介绍' />
      <FormField
        label='课程介绍'
        multiline
        value={form.description}
        maxlength={2000}
        placeholder='学什么、适合谁、要带什么'
        onInput={(description) => set({ description })}
      />
      {id && (
        <OptionPicker
          title='报名状态'
          options={STATUS_OPTIONS}
          value={form.status}
          onChange={(status) => set({ status: status ?? 'open' })}
        />
      )}

      <View className='course-edit__bar'>
        {problem && <Text className='course-edit__problem'>{problem}</Text>}
        <Button loading={saving} onClick={submit}>
          {id ? '保存修改' : '发布课程'}
        </Button>
      </View>
    </Page>
  )
}
