import { Button as TaroButton, Text, View } from '@tarojs/components'
import Taro, { useDidShow, useRouter, useShareAppMessage } from '@tarojs/taro'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import {
  benefitLabels,
  jobSpeech,
  payLabel,
  placeLabel,
  reportFee,
} from '../../../components/job-card'
import { ListState } from '../../../components/list-state'
import { OfflineNotice } from '../../../components/offline-notice'
import { Page } from '../../../components/page'
import { ReadAloud } from '../../../components/read-aloud'
import { Tag } from '../../../components/tag'
import { TrustNotice } from '../../../components/trust-notice'
import { brandName } from '../../../domain/brands'
import { certificateLabel } from '../../../domain/groups'
import { formatDay } from '../../../domain/time'
import { jobPage, useApply } from '../../../pages/jobs/apply'
import { useJobsStore } from '../../../stores/jobs'
import './index.scss'

interface RowProps {
  label: string
  children: string
}

function Row({ label, children }: RowProps) {
  return (
    <View className='job__row'>
      <Text className='job__row-label'>{label}</Text>
      <Text className='job__row-value'>{children}</Text>
    </View>
  )
}

/** H5 has no share sheet: the page's address goes to the clipboard. */
function copyLink() {
  Taro.setClipboardData({ data: window.location.href })
    .then(() => Taro.showToast({ title: '链接已复制，可以发给朋友', icon: 'none' }))
    .catch(() => undefined)
}

/** One job: everything a worker needs to decide, the fee warning, share, and 申请 at the bottom. */
export default function JobDetail() {
  const id = useRouter().params.id ?? ''
  const opening = useJobsStore((s) => s.details[id])
  const status = useJobsStore((s) => s.detailStatus)
  const error = useJobsStore((s) => s.detailError)
  const applied = useJobsStore((s) => s.appliedIds.includes(id))
  const applying = useJobsStore((s) => s.applying.includes(id))
  const loadOpening = useJobsStore((s) => s.loadOpening)
  const loadMine = useJobsStore((s) => s.loadMine)
  const loadTemplates = useJobsStore((s) => s.loadTemplates)
  const apply = useApply()

  useDidShow(() => {
    if (!id) return
    loadOpening(id)
    loadMine()
    loadTemplates()
  })

  useShareAppMessage(() => ({
    title: opening ? `${opening.title} ${payLabel(opening)}` : '柳州劳务品牌 · 招聘岗位',
    path: `/${jobPage(id).replace(/^\//, '')}`,
  }))

  if (!opening) {
    return (
      <Page className='job'>
        <ListState
          status={!id || status === 'error' ? 'error' : 'loading'}
          message={!id ? '没有找到这个岗位' : status === 'error' ? (error ?? undefined) : undefined}
          onRetry={id ? () => loadOpening(id) : undefined}
        />
      </Page>
    )
  }

  const open = opening.status === 'open'
  const left = Math.max(0, opening.headcount - opening.hired)
  const benefits = benefitLabels(opening.benefits)

  return (
    <Page className='job'>
      {status === 'error' && <OfflineNotice error={error} onRetry={() => loadOpening(id)} />}
      <Card>
        <Text className='job__title'>{opening.title}</Text>
        <View className='job__employer'>
          <Text className='job__employer-name'>{opening.employerName}</Text>
          {/* Only verified, non-blacklisted employers' open jobs are served to workers. */}
          {open && <Tag tone='success'>已认证</Tag>}
        </View>
        <Text className='job__pay'>{payLabel(opening)}</Text>
        {benefits.length > 0 && (
          <View className='job__benefits'>
            {benefits.map((b) => (
              <Tag key={b} tone='primary'>
                {b}
              </Tag>
            ))}
          </View>
        )}
        <TrustNotice
          onReport={() =>
            reportFee({
              type: 'opening',
              id: opening.id,
              name: `${opening.employerName}「${opening.title}」`,
            })
          }
        />
        <Text
          className='job__report-employer'
          onClick={() =>
            reportFee({
              type: 'employer',
              id: opening.employerId,
              name: opening.employerName,
              category: 'illegal_agent',
            })
          }
        >
          举报这家单位
        </Text>
        <ReadAloud text={`${jobSpeech(opening, open)}岗位介绍：${opening.description}`} />
      </Card>

      <Card>
        <Row label='工作地点'>{placeLabel(opening)}</Row>
        <Row label='工种'>{`${opening.occupation}（${brandName(opening.brand)}）`}</Row>
        <Row label='招聘人数'>
          {opening.hired > 0
            ? `招${opening.headcount}人，还要${left}人`
            : `招${opening.headcount}人`}
        </Row>
        {opening.shift && <Row label='上班时间'>{opening.shift}</Row>}
        <Row label='需要证书'>
          {opening.certificate ? `${certificateLabel(opening.certificate)}证书` : '不要求'}
        </Row>
        {opening.requirements && <Row label='要求'>{opening.requirements}</Row>}
        <Row label='截止时间'>{`${formatDay(opening.expiresAt)}截止`}</Row>
      </Card>

      <Card>
        <Text className='job__section'>岗位介绍</Text>
        <Text className='job__description'>{opening.description}</Text>
      </Card>

      {process.env.TARO_ENV === 'weapp' ? (
        <TaroButton className='job__share' openType='share'>
          分享给朋友
        </TaroButton>
      ) : (
        <View className='job__share' onClick={copyLink}>
          <Text>分享给朋友</Text>
        </View>
      )}

      {applied && (
        <Text className='job__applied-note'>
          已申请。用人单位会打电话给你，或在“消息”里约你面试。
        </Text>
      )}

      <View className='job__footer'>
        {applied ? (
          <Button disabled>已申请</Button>
        ) : open && left > 0 ? (
          <Button loading={applying} onClick={() => apply(id)}>
            申请
          </Button>
        ) : (
          <Button disabled>已停止招聘</Button>
        )}
      </View>
    </Page>
  )
}
