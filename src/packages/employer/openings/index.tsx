import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { Opening } from '../../../../types/jobs'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { payLabel, placeLabel } from '../../../components/job-card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag, type TagTone } from '../../../components/tag'
import { formatDay, toInstant } from '../../../domain/time'
import { useEmployerStore } from '../../../stores/employer'
import { EMPLOYER_PAGES } from '../links'
import './index.scss'
import { openPage } from '../../../services/navigate'

function standingOf(o: Opening, now: number): { label: string; tone: TagTone } {
  if (o.status === 'taken_down') return { label: '已被下架', tone: 'danger' }
  if (o.status === 'closed') return { label: '已停止招聘', tone: 'plain' }
  if (toInstant(o.expiresAt) <= now) return { label: '已过截止日期', tone: 'plain' }
  if (o.hired >= o.headcount) return { label: '已招满', tone: 'success' }
  return { label: '招聘中', tone: 'primary' }
}

function OpeningItem({ opening }: { opening: Opening }) {
  const closeOpening = useEmployerStore((s) => s.closeOpening)
  const [closing, setClosing] = useState(false)
  const standing = standingOf(opening, Date.now())
  const open = standing.label === '招聘中'

  const close = async () => {
    const res = await Taro.showModal({
      title: '停止招聘？',
      content: `“${opening.title}”停止后，求职者就看不到了。`,
      confirmText: '停止招聘',
      cancelText: '再想想',
    })
    if (!res.confirm) return
    setClosing(true)
    try {
      await closeOpening(opening.id)
      Taro.showToast({ title: '已停止招聘', icon: 'none' })
    } catch (err) {
      Taro.showModal({ title: '没有停止成功', content: (err as Error).message, showCancel: false })
    } finally {
      setClosing(false)
    }
  }

  return (
    <Card className='openings__item'>
      <View className='openings__head'>
        <Tag tone={standing.tone}>{standing.label}</Tag>
        <Text className='openings__date'>{`${formatDay(opening.expiresAt)}截止`}</Text>
      </View>
      <Text className='openings__title'>{opening.title}</Text>
      <Text className='openings__line'>
        {`${opening.occupation} · ${placeLabel(opening)} · ${payLabel(opening)}`}
      </Text>
      <Text className='openings__line'>{`招${opening.headcount}人，已录用${opening.hired}人`}</Text>
      {opening.takedownReason && (
        <Text className='openings__reason'>{`下架原因：${opening.takedownReason}`}</Text>
      )}
      <View className='openings__actions'>
        <Button block={false} onClick={() => openPage(EMPLOYER_PAGES.candidates(opening.id))}>
          看候选人
        </Button>
        {open && (
          <Button variant='secondary' block={false} loading={closing} onClick={close}>
            停止招聘
          </Button>
        )}
      </View>
    </Card>
  )
}

/** 我的岗位: the employer's openings with where each stands, candidates, and 发布岗位. */
export default function Openings() {
  const openings = useEmployerStore((s) => s.openings)
  const status = useEmployerStore((s) => s.openingsStatus)
  const error = useEmployerStore((s) => s.openingsError)
  const notVerified = useEmployerStore((s) => s.notVerified)
  const loadOpenings = useEmployerStore((s) => s.loadOpenings)

  useDidShow(() => {
    loadOpenings()
  })

  if (notVerified) {
    return (
      <Page className='openings'>
        <ListState
          status='empty'
          message='你还没有通过认证的用人单位'
          nextStep='登记单位并通过审核后，就能发布岗位、查看候选人'
          actionText='去登记单位'
          onAction={() => Taro.redirectTo({ url: EMPLOYER_PAGES.register })}
        />
      </Page>
    )
  }

  return (
    <Page className='openings'>
      <SectionTitle title='我的岗位' />
      {openings.length === 0 ? (
        <ListState
          status={status === 'error' ? 'error' : status === 'ready' ? 'empty' : 'loading'}
          message={
            status === 'error'
              ? (error ?? undefined)
              : status === 'ready'
                ? '还没有发布岗位'
                : undefined
          }
          nextStep='点下面的“发布岗位”，几分钟就能填好'
          onRetry={loadOpenings}
        />
      ) : (
        openings.map((o) => <OpeningItem key={o.id} opening={o} />)
      )}
      <View className='openings__footer'>
        <Button onClick={() => openPage(EMPLOYER_PAGES.post)}>发布岗位</Button>
      </View>
    </Page>
  )
}
