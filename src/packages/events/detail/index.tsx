import { Button as TaroButton, Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useRouter, useShareAppMessage } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { EventDetail as Detail } from '../../../../types/events'
import { Button } from '../../../components/button'
import { eventResults } from '../../../components/event-card'
import { reportFee } from '../../../components/job-card/report'
import { ListState } from '../../../components/list-state'
import { OfflineNotice } from '../../../components/offline-notice'
import { Page } from '../../../components/page'
import { ReadAloud } from '../../../components/read-aloud'
import { Tag } from '../../../components/tag'
import { TrustNotice } from '../../../components/trust-notice'
import { brandName } from '../../../domain/brands'
import { beijingDate, formatRange } from '../../../domain/time'
import { ApiError } from '../../../services/call-api'
import { openPage } from '../../../services/navigate'
import { useEventsStore } from '../../../stores/events'
import { useSessionStore } from '../../../stores/session'
import { BoothPanel } from './components/booth-panel'
import { CheckinPanel } from './components/checkin-panel'
import { EmployersSection } from './components/employers-section'
import { PlaceSection } from './components/place-section'
import { addToCalendar, copyText, scanCheckinCode } from './platform'
import './index.scss'

const PROFILE_PAGE = '/packages/training/profile/index'

function detailPath(id: string): string {
  return `/packages/events/detail/index?id=${encodeURIComponent(id)}`
}

/** What the bottom button says and whether it can be tapped. */
function mainAction(event: Detail): { text: string; enabled: boolean } {
  if (event.status === 'cancelled') return { text: '活动已取消', enabled: false }
  if (event.past) return { text: '活动已结束', enabled: false }
  if (event.checkedIn) return { text: '已签到', enabled: false }
  if (event.signedUp) return { text: '已报名 · 取消报名', enabled: true }
  return { text: '报名参加', enabled: true }
}

/** An event page: when, where, who is hiring, sign-up, calendar, check-in, booths for employers. */
export default function EventDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const event = useEventsStore((s) => s.details[id])
  const status = useEventsStore((s) => s.detailStatus[id] ?? 'idle')
  const error = useEventsStore((s) => s.detailError[id] ?? null)
  const loadDetail = useEventsStore((s) => s.loadDetail)
  const signup = useEventsStore((s) => s.signup)
  const cancel = useEventsStore((s) => s.cancel)
  const checkin = useEventsStore((s) => s.checkin)
  const whoami = useSessionStore((s) => s.whoami)
  const loadWhoami = useSessionStore((s) => s.loadWhoami)
  const [busy, setBusy] = useState(false)
  const [typingCode, setTypingCode] = useState(false)
  const [justSignedUp, setJustSignedUp] = useState(false)

  useEffect(() => {
    if (id) loadDetail(id)
    if (!whoami) loadWhoami()
    // Once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  usePullDownRefresh(() => {
    loadDetail(id).finally(() => Taro.stopPullDownRefresh())
  })

  useShareAppMessage(() => ({
    title: event ? `${event.title}，一起去看看` : '招聘活动',
    path: detailPath(id),
  }))

  if (!id)
    return (
      <Page>
        <ListState status='error' message='没有找到这场活动' />
      </Page>
    )
  if (!event) {
    return (
      <Page>
        <ListState
          status={status === 'error' ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={() => loadDetail(id)}
        />
      </Page>
    )
  }

  const action = mainAction(event)
  const results = eventResults(event)
  const isEmployer = whoami?.roles.includes('employer') ?? false
  // Check-in is for the venue, so it shows from the event's (Beijing) day on.
  const canCheckin =
    beijingDate() >= beijingDate(event.startAt) &&
    event.signedUp &&
    !event.checkedIn &&
    !event.past &&
    event.status === 'published' &&
    event.mode === 'offline'

  const onMain = async () => {
    if (event.signedUp) {
      const { confirm } = await Taro.showModal({
        title: '取消报名',
        content: `确定不去「${event.title}」了吗？`,
        confirmText: '取消报名',
        cancelText: '再想想',
      })
      if (!confirm) return
    }
    setBusy(true)
    try {
      if (event.signedUp) {
        await cancel(id)
        setJustSignedUp(false)
        Taro.showToast({ title: '已取消报名', icon: 'none' })
      } else {
        await signup(id)
        setJustSignedUp(true)
        Taro.showToast({ title: '报名成功', icon: 'success' })
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'PROFILE_INCOMPLETE') {
        const { confirm } = await Taro.showModal({
          title: '先填个人资料',
          content: err.message,
          confirmText: '去填写',
          cancelText: '以后再说',
        })
        if (confirm) openPage(PROFILE_PAGE)
      } else {
        Taro.showModal({ title: '没有成功', content: (err as Error).message, showCancel: false })
      }
    } finally {
      setBusy(false)
    }
  }

  const submitCode = async (code: string) => {
    await checkin(id, code)
    setTypingCode(false)
    Taro.showToast({ title: '签到成功', icon: 'success' })
  }

  const onCheckin = async () => {
    if (process.env.TARO_ENV !== 'weapp') {
      setTypingCode(true)
      return
    }
    const code = await scanCheckinCode()
    if (!code) return
    Taro.showLoading({ title: '正在签到' })
    try {
      await submitCode(code)
    } catch (err) {
      Taro.showModal({ title: '没有签到成功', content: (err as Error).message, showCancel: false })
    } finally {
      Taro.hideLoading()
    }
  }

  const onCalendar = async () => {
    try {
      const said = await addToCalendar(event)
      Taro.showToast({ title: said, icon: 'none' })
    } catch {
      Taro.showToast({ title: '没有加到日历，请在手机设置里允许使用日历', icon: 'none' })
    }
  }

  return (
    <Page className='event-detail'>
      {status === 'error' && <OfflineNotice error={error} onRetry={() => loadDetail(id)} />}

      <View
        className={`event-detail__head${event.past || event.status === 'cancelled' ? ' event-detail__head--past' : ''}`}
      >
        <View className='event-detail__tags'>
          <Tag tone={event.mode === 'online' ? 'primary' : 'plain'}>
            {event.mode === 'online' ? '线上' : '线下'}
          </Tag>
          <Tag>{brandName(event.brand)}</Tag>
          {event.status === 'cancelled' && <Tag tone='danger'>已取消</Tag>}
          {event.past && event.status !== 'cancelled' && <Tag>已结束</Tag>}
          {event.checkedIn && <Tag tone='success'>已签到</Tag>}
          {event.signedUp && !event.checkedIn && <Tag tone='success'>已报名</Tag>}
        </View>
        <Text className='event-detail__title'>{event.title}</Text>
        <Text className='event-detail__when'>{formatRange(event.startAt, event.endAt)}</Text>
        <Text className='event-detail__zone'>北京时间</Text>
        {event.status === 'cancelled' && event.cancelReason && (
          <Text className='event-detail__error'>{`取消原因：${event.cancelReason}`}</Text>
        )}
        <Text className='event-detail__count'>{`已有 ${event.signupCount} 人报名`}</Text>
        <ReadAloud
          text={[
            event.title,
            formatRange(event.startAt, event.endAt),
            event.mode === 'online'
              ? '线上活动'
              : `地点：${event.venue ? `${event.venue.county}${event.venue.name}` : ''}`,
            `已有${event.signupCount}人报名`,
          ].join('。')}
        />
        {results && <Text className='event-detail__results'>{`活动结果：${results}`}</Text>}
      </View>

      {justSignedUp && event.signedUp && (
        <View className='event-detail__notice'>
          <Text>报名成功。活动前一天和开始前一小时会在消息里提醒你。</Text>
        </View>
      )}

      <View className='event-detail__actions'>
        {!event.past && event.status !== 'cancelled' && (
          <View className='event-detail__action'>
            <Button variant='secondary' onClick={onCalendar}>
              添加到日历
            </Button>
          </View>
        )}
        <View className='event-detail__action'>
          {process.env.TARO_ENV === 'weapp' ? (
            <TaroButton className='btn btn--secondary btn--block' openType='share'>
              分享给朋友
            </TaroButton>
          ) : (
            <Button
              variant='secondary'
              onClick={() => copyText(window.location.href, '链接已复制，可以发给朋友')}
            >
              分享给朋友
            </Button>
          )}
        </View>
        {canCheckin && (
          <View className='event-detail__action'>
            <Button variant='secondary' onClick={onCheckin}>
              {process.env.TARO_ENV === 'weapp' ? '扫码签到' : '签到（输入签到码）'}
            </Button>
          </View>
        )}
      </View>

      {typingCode && <CheckinPanel onSubmit={submitCode} onClose={() => setTypingCode(false)} />}

      <PlaceSection event={event} />

      <View className='event-detail__section'>
        <Text className='event-detail__label'>主办单位</Text>
        <Text className='event-detail__value'>{event.organiser}</Text>
        {event.description !== '' && <Text className='event-detail__sub'>{event.description}</Text>}
      </View>

      <EmployersSection employers={event.employers} />

      <View className='event-detail__section'>
        <TrustNotice
          onReport={() =>
            reportFee({ type: 'event', id, name: event.title, category: 'illegal_agent' })
          }
        />
      </View>

      {isEmployer && !event.past && event.status === 'published' && <BoothPanel eventId={id} />}

      <View className='event-detail__bar'>
        {action.enabled ? (
          <Button
            variant={event.signedUp ? 'secondary' : 'primary'}
            loading={busy}
            onClick={onMain}
          >
            {action.text}
          </Button>
        ) : (
          <View className='event-detail__state'>
            <Text>{action.text}</Text>
          </View>
        )}
      </View>
    </Page>
  )
}
