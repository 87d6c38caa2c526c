import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { RouteInput } from '../../../../types/api'
import type { CaseCategory, ReportTarget } from '../../../../types/rights'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { OptionPicker } from '../../../components/option-picker'
import { Page } from '../../../components/page'
import { CATEGORIES, CATEGORY_LABELS } from '../../../domain/rights'
import { photoSrc, uploadPhoto } from '../../../services/upload'
import { useRightsStore, type ReportDraft } from '../../../stores/rights'
import { Hotline } from '../components/hotline'
import { RIGHTS_PAGES } from '../links'
import './index.scss'
import { FormField } from '../../../components/form-field'

const MAX_PHOTOS = 6
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/

/** The first thing missing from the form, in words the worker can act on. */
export function reportProblem(d: ReportDraft): string | null {
  if (!d.category) return '请选择投诉类别'
  if (d.text.trim().length < 10) return '请多写几句发生了什么（至少10个字）'
  if (d.category === 'wage_arrears') {
    if (!d.wage.employerName || d.wage.employerName.trim().length < 2)
      return '请填写欠薪的单位或老板'
    if (!MONTH.test(d.wage.from ?? '') || !MONTH.test(d.wage.to ?? ''))
      return '请填写欠薪的起止月份，如 2026-08'
    if (!(Number(d.wage.amount) > 0)) return '请填写被拖欠的金额（元）'
    if (!(Number(d.wage.people) > 0)) return '请填写被拖欠工资的人数'
  }
  return null
}

function toInput(
  d: ReportDraft,
  target: { type: ReportTarget; id: string } | null,
): RouteInput<'rights/report'> {
  return {
    category: d.category as CaseCategory,
    text: d.text.trim(),
    ...(target ? { targetType: target.type, targetId: target.id } : {}),
    ...(d.photos.length ? { photos: d.photos } : {}),
    anonymous: d.anonymous,
    ...(d.category === 'wage_arrears'
      ? {
          wage: {
            employerName: (d.wage.employerName ?? '').trim(),
            ...(d.wage.site?.trim() ? { site: d.wage.site.trim() } : {}),
            from: d.wage.from as string,
            to: d.wage.to as string,
            amount: Math.round(Number(d.wage.amount)),
            people: Math.round(Number(d.wage.people)),
          },
        }
      : {}),
  }
}

/** 投诉举报: what happened, photos, real name or anonymous; a case number at once. */
export default function Report() {
  const { params } = useRouter()
  const target =
    params.targetType && params.targetId
      ? { type: params.targetType as ReportTarget, id: decodeURIComponent(params.targetId) }
      : null
  const targetName = params.targetName ? decodeURIComponent(params.targetName) : ''
  const draft = useRightsStore((s) => s.draft)
  const setDraft = useRightsStore((s) => s.setDraft)
  const report = useRightsStore((s) => s.report)
  const category = draft.category ?? (params.category as CaseCategory | undefined)
  const [saving, setSaving] = useState(false)
  const [uploading, setUploading] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<{ caseId: string; caseNo: string } | null>(null)

  const setWage = (patch: Partial<ReportDraft['wage']>) =>
    setDraft({ wage: { ...draft.wage, ...patch } })

  const addPhotos = async () => {
    const left = MAX_PHOTOS - draft.photos.length
    if (left <= 0) return
    try {
      const chosen = await Taro.chooseMedia({
        count: left,
        mediaType: ['image'],
        sizeType: ['compressed'],
        sourceType: ['album', 'camera'],
      })
      setUploading(true)
      const ids = await Promise.all(
        chosen.tempFiles.map((f) => uploadPhoto(f.tempFilePath, 'rights')),
      )
      setDraft({ photos: [...useRightsStore.getState().draft.photos, ...ids].slice(0, MAX_PHOTOS) })
    } catch (err) {
      const message =
        (err as { errMsg?: string; message?: string }).errMsg ?? (err as Error).message
      if (message && !/cancel/.test(message)) setProblem('照片没有上传成功，请重试')
    } finally {
      setUploading(false)
    }
  }

  const submit = async () => {
    const d = { ...draft, category }
    const local = reportProblem(d)
    setProblem(local)
    if (local) return
    setSaving(true)
    try {
      setDone(await report(toInput(d, target)))
    } catch (err) {
      setProblem((err as Error).message)
    } finally {
      setSaving(false)
    }
  }

  if (done)
    return (
      <Page className='report'>
        <Card>
          <Text className='report__done'>已提交</Text>
          <Text className='report__line'>{`案件编号 ${done.caseNo}`}</Text>
          <Text className='report__line'>
            人社局会在5个工作日内决定是否受理，每一步都会发到“消息”。
          </Text>
        </Card>
        <Button onClick={() => Taro.redirectTo({ url: RIGHTS_PAGES.case(done.caseId) })}>
          查看进度
        </Button>
      </Page>
    )

  return (
    <Page className='report'>
      <Hotline />
      {target && targetName && (
        <Card>
          <Text className='report__line'>{`举报对象：${targetName}`}</Text>
        </Card>
      )}
      <OptionPicker<CaseCategory>
        title='投诉类别'
        required
        options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))}
        value={category}
        placeholder='请选择'
        onChange={(v) => setDraft({ category: v })}
      />
      <FormField
        label='发生了什么'
        multiline
        value={draft.text}
        maxlength={1000}
        placeholder='什么时候、在哪里、谁、要你交了什么钱或做了什么'
        onInput={(text) => setDraft({ text })}
      />
      {category === 'wage_arrears' && (
        <View className='report__wage'>
          <Text className='report__label'>欠薪情况</Text>
          <FormField
            label='欠薪的单位或老板'
            value={draft.wage.employerName ?? ''}
            maxlength={60}
            onInput={(employerName) => setWage({ employerName })}
          />
          <FormField
            label='工地或项目名称'
            optional
            value={draft.wage.site ?? ''}
            maxlength={60}
            onInput={(site) => setWage({ site })}
          />
          <View className='report__row'>
            <FormField
              label='从哪个月'
              value={draft.wage.from ?? ''}
              placeholder='2026-08'
              maxlength={7}
              onInput={(from) => setWage({ from })}
            />
            <FormField
              label='到哪个月'
              value={draft.wage.to ?? ''}
              placeholder='2026-10'
              maxlength={7}
              onInput={(to) => setWage({ to })}
            />
          </View>
          <View className='report__row'>
            <FormField
              label='被拖欠多少元'
              type='number'
              value={draft.wage.amount ?? ''}
              onInput={(amount) => setWage({ amount })}
            />
            <FormField
              label='几个人'
              type='number'
              value={draft.wage.people ?? ''}
              onInput={(people) => setWage({ people })}
            />
          </View>
        </View>
      )}
      <View className='report__field'>
        <Text className='report__label'>{`照片（选填，最多${MAX_PHOTOS}张）`}</Text>
        <View className='report__photos'>
          {draft.photos.map((p) => (
            <View key={p} className='report__photo-box'>
              <Image className='report__photo' src={photoSrc(p)} mode='aspectFill' />
              <Text
                className='report__photo-remove'
                onClick={() => setDraft({ photos: draft.photos.filter((x) => x !== p) })}
              >
                删除
              </Text>
            </View>
          ))}
          {draft.photos.length < MAX_PHOTOS && (
            <Text className='report__photo-add' onClick={addPhotos}>
              {uploading ? '上传中…' : '＋ 添加照片'}
            </Text>
          )}
        </View>
      </View>
      <View className='report__who'>
        <Text
          className={`report__choice ${!draft.anonymous ? 'report__choice--on' : ''}`}
          onClick={() => setDraft({ anonymous: false })}
        >
          实名投诉（工作人员可以联系你）
        </Text>
        <Text
          className={`report__choice ${draft.anonymous ? 'report__choice--on' : ''}`}
          onClick={() => setDraft({ anonymous: true })}
        >
          匿名举报（不留姓名电话）
        </Text>
      </View>
      {problem && <Text className='report__problem'>{problem}</Text>}
      <Button loading={saving || uploading} onClick={submit}>
        提交
      </Button>
    </Page>
  )
}
