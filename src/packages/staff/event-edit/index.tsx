import { Input, Picker, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { type ReactNode, useEffect, useState } from 'react'
import type { BrandId, CountyName } from '../../../../types/catalog'
import type { EventMode } from '../../../../types/events'
import { Button } from '../../../components/button'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { BRAND_LINES } from '../../../domain/brands'
import { COUNTY_NAMES } from '../../../domain/counties'
import { callApi } from '../../../services/call-api'
import { useStaffEventsStore } from '../events/store'
import { type EventForm, draftOf, emptyForm, formOf, formProblem } from './form'
import './index.scss'

const MODES: { value: EventMode; label: string }[] = [
  { value: 'offline', label: '线下（现场招聘会）' },
  { value: 'online', label: '线上（直播/视频）' },
]

/** Half-filled forms are kept on the phone until saved. */
const keyOf = (id: string | undefined) => `staff-event-form:${id ?? 'new'}`

function restore(id: string | undefined): EventForm | null {
  const saved: unknown = Taro.getStorageSync(keyOf(id))
  if (typeof saved !== 'string' || saved === '') return null
  try {
    return JSON.parse(saved) as EventForm
  } catch {
    return null
  }
}

interface FieldProps {
  label: string
  children: ReactNode
}

function Field({ label, children }: FieldProps) {
  return (
    <View className='event-edit__field'>
      <Text className='event-edit__label'>{label}</Text>
      {children}
    </View>
  )
}

function Choice({ text }: { text: string }) {
  return (
    <View className='event-edit__choice'>
      <Text>{text}</Text>
      <Text className='event-edit__arrow'>▾</Text>
    </View>
  )
}

/** Staff create or edit an event; a new one is saved as a draft or saved and published at once. */
export default function EventEdit() {
  const { params } = useRouter()
  const id = params.id
  const save = useStaffEventsStore((s) => s.save)
  const publish = useStaffEventsStore((s) => s.publish)
  const [form, setForm] = useState<EventForm | null>(() =>
    id ? restore(id) : (restore(undefined) ?? emptyForm()),
  )
  const [restored] = useState(() => restore(id) !== null)
  const [status, setStatus] = useState<'published' | 'draft' | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = async () => {
    if (!id) return
    setLoadError(null)
    try {
      const event = await callApi('events/get', { id }, { retry: true })
      setStatus(event.status === 'cancelled' ? null : event.status)
      setForm((current) => current ?? formOf(event))
    } catch (err) {
      setLoadError((err as Error).message)
    }
  }

  useEffect(() => {
    load()
    // Once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  if (!form) {
    return (
      <Page>
        <ListState
          status={loadError ? 'error' : 'loading'}
          message={loadError ?? undefined}
          onRetry={load}
        />
      </Page>
    )
  }

  const change = (patch: Partial<EventForm>) => {
    const next = { ...form, ...patch }
    setForm(next)
    setProblem(null)
    Taro.setStorageSync(keyOf(id), JSON.stringify(next))
  }

  const submit = async (andPublish: boolean) => {
    const missing = formProblem(form)
    if (missing) {
      setProblem(missing)
      return
    }
    setBusy(true)
    try {
      const saved = await save(draftOf(form))
      if (andPublish && saved.status === 'draft') await publish(saved.id)
      Taro.removeStorageSync(keyOf(id))
      Taro.showToast({
        title: andPublish ? '已发布' : saved.status === 'published' ? '已保存修改' : '已存为草稿',
        icon: 'success',
      })
      setTimeout(() => Taro.navigateBack(), 800)
    } catch (err) {
      setProblem((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const pickOnMap = async () => {
    try {
      const place = await Taro.chooseLocation({
        ...(form.point ? { latitude: form.point.latitude, longitude: form.point.longitude } : {}),
      })
      change({
        point: { latitude: place.latitude, longitude: place.longitude },
        venueName: form.venueName || place.name,
        address: form.address || place.address,
      })
    } catch {
      // The person closed the map without picking.
    }
  }

  const brandIndex = Math.max(
    0,
    BRAND_LINES.findIndex((b) => b.id === form.brand),
  )
  const countyIndex = Math.max(0, COUNTY_NAMES.indexOf(form.county))
  const modeIndex = Math.max(
    0,
    MODES.findIndex((m) => m.value === form.mode),
  )
  const published = status === 'published'

  return (
    <Page className='event-edit'>
      {restored && <Text className='event-edit__note'>已恢复上次没保存的内容</Text>}
      <Field label='活动名称'>
        <Input
          className='event-edit__input'
          value={form.title}
          placeholder='例如 家政养老护理岗位专场招聘会'
          onInput={(e) => change({ title: e.detail.value })}
        />
      </Field>
      <Field label='劳务品牌'>
        <Picker
          mode='selector'
          range={BRAND_LINES.map((b) => b.name)}
          value={brandIndex}
          onChange={(e) => change({ brand: BRAND_LINES[Number(e.detail.value)].id as BrandId })}
        >
          <Choice text={BRAND_LINES[brandIndex].name} />
        </Picker>
      </Field>
      <Field label='线上还是线下'>
        <Picker
          mode='selector'
          range={MODES.map((m) => m.label)}
          value={modeIndex}
          onChange={(e) => change({ mode: MODES[Number(e.detail.value)].value })}
        >
          <Choice text={MODES[modeIndex].label} />
        </Picker>
      </Field>

      {form.mode === 'offline' ? (
        <>
          <Field label='区县'>
            <Picker
              mode='selector'
              range={[...COUNTY_NAMES]}
              value={countyIndex}
              onChange={(e) =>
                change({ county: COUNTY_NAMES[Number(e.detail.value)] as CountyName })
              }
            >
              <Choice text={form.county} />
            </Picker>
          </Field>
          <Field label='场地名称'>
            <Input
              className='event-edit__input'
              value={form.venueName}
              placeholder='例如 鱼峰区人力资源市场'
              onInput={(e) => change({ venueName: e.detail.value })}
            />
          </Field>
          <Field label='详细地址'>
            <Input
              className='event-edit__input'
              value={form.address}
              placeholder='路名和门牌号'
              onInput={(e) => change({ address: e.detail.value })}
            />
          </Field>
          <Field label='地图位置'>
            <Text className='event-edit__hint'>
              {form.point
                ? `已选位置（${form.point.latitude.toFixed(4)}, ${form.point.longitude.toFixed(4)}）`
                : `没有选位置时，用${form.county}的中心`}
            </Text>
            {process.env.TARO_ENV === 'weapp' && (
              <Button variant='secondary' onClick={pickOnMap}>
                在地图上选位置
              </Button>
            )}
          </Field>
        </>
      ) : (
        <Field label='直播或视频链接'>
          <Input
            className='event-edit__input'
            value={form.link}
            placeholder='https://'
            onInput={(e) => change({ link: e.detail.value })}
          />
        </Field>
      )}

      <Field label='日期（北京时间）'>
        <Picker mode='date' value={form.date} onChange={(e) => change({ date: e.detail.value })}>
          <Choice text={form.date} />
        </Picker>
      </Field>
      <View className='event-edit__times'>
        <View className='event-edit__time'>
          <Field label='开始时间'>
            <Picker
              mode='time'
              value={form.start}
              onChange={(e) => change({ start: e.detail.value })}
            >
              <Choice text={form.start} />
            </Picker>
          </Field>
        </View>
        <View className='event-edit__time'>
          <Field label='结束时间'>
            <Picker mode='time' value={form.end} onChange={(e) => change({ end: e.detail.value })}>
              <Choice text={form.end} />
            </Picker>
          </Field>
        </View>
      </View>
      <Field label='主办单位'>
        <Input
          className='event-edit__input'
          value={form.organiser}
          onInput={(e) => change({ organiser: e.detail.value })}
        />
      </Field>
      <Field label='活动介绍'>
        <Textarea
          className='event-edit__textarea'
          value={form.description}
          placeholder='有哪些单位和岗位、要带什么证件'
          maxlength={2000}
          onInput={(e) => change({ description: e.detail.value })}
        />
      </Field>

      {problem && <Text className='event-edit__problem'>{problem}</Text>}
      {!published && (
        <View className='event-edit__secondary'>
          <Button variant='secondary' loading={busy} onClick={() => submit(false)}>
            只存为草稿
          </Button>
        </View>
      )}
      <View className='event-edit__bar'>
        <Button loading={busy} onClick={() => submit(!published)}>
          {published ? '保存修改' : '保存并发布'}
        </Button>
      </View>
    </Page>
  )
}
