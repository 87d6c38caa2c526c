import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { BrandId, CountyName } from '../../../../types/catalog'
import type { EventMode } from '../../../../types/events'
import { Button } from '../../../components/button'
import { FormField } from '../../../components/form-field'
import { ListState } from '../../../components/list-state'
import {
  OptionPicker,
  dateOptions,
  optionsOf,
  plainOptions,
  timeOptions,
} from '../../../components/option-picker'
import { Page } from '../../../components/page'
import { BRAND_LINES } from '../../../domain/brands'
import { COUNTY_NAMES } from '../../../domain/counties'
import { beijingDate } from '../../../domain/time'
import { callApi } from '../../../services/call-api'
import { useStaffEventsStore } from '../events/store'
import { type EventForm, draftOf, emptyForm, formOf, formProblem } from './form'
import './index.scss'

const MODES = optionsOf<EventMode>([
  ['offline', '线下（现场招聘会）'],
  ['online', '线上（直播/视频）'],
])
const BRAND_OPTIONS = optionsOf<BrandId>(BRAND_LINES.map((b) => [b.id, b.name]))
const COUNTY_OPTIONS = plainOptions<CountyName>(COUNTY_NAMES)

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

  const published = status === 'published'

  return (
    <Page className='event-edit'>
      {restored && <Text className='event-edit__note'>已恢复上次没保存的内容</Text>}
      <FormField
        label='活动名称'
        value={form.title}
        placeholder='例如 家政养老护理岗位专场招聘会'
        onInput={(title) => change({ title })}
      />
      <OptionPicker
        title='劳务品牌'
        options={BRAND_OPTIONS}
        value={form.brand}
        onChange={(brand) => brand && change({ brand })}
      />
      <OptionPicker
        title='线上还是线下'
        options={MODES}
        value={form.mode}
        onChange={(mode) => mode && change({ mode })}
      />

      {form.mode === 'offline' ? (
        <>
          <OptionPicker
            title='区县'
            options={COUNTY_OPTIONS}
            value={form.county}
            onChange={(county) => county && change({ county })}
          />
          <FormField
            label='场地名称'
            value={form.venueName}
            placeholder='例如 鱼峰区人力资源市场'
            onInput={(venueName) => change({ venueName })}
          />
          <FormField
            label='详细地址'
            value={form.address}
            placeholder='路名和门牌号'
            onInput={(address) => change({ address })}
          />
          <View className='event-edit__map'>
            <Text className='event-edit__label'>地图位置</Text>
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
          </View>
        </>
      ) : (
        <FormField
          label='直播或视频链接'
          value={form.link}
          placeholder='https://'
          onInput={(link) => change({ link })}
        />
      )}

      <OptionPicker
        title='日期（北京时间）'
        options={dateOptions(beijingDate(), 365, form.date)}
        value={form.date}
        onChange={(date) => date && change({ date })}
      />
      <View className='event-edit__times'>
        <View className='event-edit__time'>
          <OptionPicker
            title='开始时间'
            options={timeOptions(30, form.start)}
            value={form.start}
            onChange={(start) => start && change({ start })}
          />
        </View>
        <View className='event-edit__time'>
          <OptionPicker
            title='结束时间'
            options={timeOptions(30, form.end)}
            value={form.end}
            onChange={(end) => end && change({ end })}
          />
        </View>
      </View>
      <FormField
        label='主办单位'
        value={form.organiser}
        onInput={(organiser) => change({ organiser })}
      />
      <FormField
        label='活动介绍'
        multiline
        value={form.description}
        placeholder='有哪些单位和岗位、要带什么证件'
        maxlength={2000}
        onInput={(description) => change({ description })}
      />

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
