import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import type { InboxMessage, Interview } from '../../../../types/jobs'
import { Card } from '../../../components/card'
import { Page } from '../../../components/page'
import { PagedList } from '../../../components/paged-list'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import { formatDateTime, toInstant } from '../../../domain/time'
import { useInboxStore } from '../../../stores/inbox'
import { useJobsStore } from '../../../stores/jobs'
import { InterviewCard } from '../components/interview-card'
import { targetOf } from '../links'
import './index.scss'
import { openPage } from '../../../services/navigate'

/** Interviews still to answer, or booked and not yet past. */
function current(interviews: Interview[], now: number): Interview[] {
  return interviews.filter((i) =>
    i.status === 'proposed'
      ? i.slots.some((s) => toInstant(s) > now)
      : i.bookedSlot !== undefined && toInstant(i.bookedSlot) > now - 3_600_000,
  )
}

function Message({ message, onOpen }: { message: InboxMessage; onOpen: () => void }) {
  return (
    <Card
      className={`inbox__message ${message.read ? '' : 'inbox__message--unread'}`}
      onClick={onOpen}
    >
      <View className='inbox__message-head'>
        {!message.read && <Tag tone='danger'>未读</Tag>}
        <Text className='inbox__message-title'>{message.title}</Text>
      </View>
      <Text className='inbox__message-body'>{message.body}</Text>
      <Text className='inbox__message-time'>{formatDateTime(message.createdAt)}</Text>
    </Card>
  )
}

/** 消息: interview invitations to answer first, then every message, unread marked. */
export default function Inbox() {
  const messages = useInboxStore((s) => s.messages)
  const unread = useInboxStore((s) => s.unread)
  const total = useInboxStore((s) => s.total)
  const status = useInboxStore((s) => s.status)
  const error = useInboxStore((s) => s.error)
  const load = useInboxStore((s) => s.load)
  const loadMore = useInboxStore((s) => s.loadMore)
  const markRead = useInboxStore((s) => s.markRead)
  const interviews = useJobsStore((s) => s.interviews)
  const loadMine = useJobsStore((s) => s.loadMine)
  const confirmInterview = useJobsStore((s) => s.confirmInterview)

  useDidShow(() => {
    load()
    loadMine()
  })

  const open = (m: InboxMessage) => {
    markRead([m.id])
    const target = targetOf(m.link)
    if (!target) return
    if (target.tab) {
      Taro.switchTab({ url: target.url })
    } else {
      openPage(target.url)
    }
  }

  const upcoming = current(interviews, Date.now())

  return (
    <Page className='inbox'>
      {upcoming.length > 0 && (
        <View className='inbox__interviews'>
          <SectionTitle title='面试邀请' />
          {upcoming.map((i) => (
            <InterviewCard
              key={i.id}
              interview={i}
              onConfirm={async (slot) => {
                await confirmInterview(i.id, slot)
                // Answering the invitation is reading it: its message no longer waits as 未读.
                await markRead(
                  messages
                    .filter((m) => !m.read && m.link?.includes(encodeURIComponent(i.id)))
                    .map((m) => m.id),
                )
              }}
            />
          ))}
        </View>
      )}
      <SectionTitle
        title={unread > 0 ? `消息（${unread}条未读）` : '消息'}
        actionText={unread > 0 ? '全部标为已读' : undefined}
        onAction={() => markRead(messages.filter((m) => !m.read).map((m) => m.id))}
      />
      <PagedList
        items={messages}
        keyOf={(m) => m.id}
        renderItem={(m) => <Message message={m} onOpen={() => open(m)} />}
        status={status}
        error={error}
        hasMore={messages.length < total}
        onRefresh={async () => {
          await Promise.all([load(), loadMine()])
        }}
        onLoadMore={loadMore}
        emptyMessage='还没有消息'
        emptyNextStep='有适合你的岗位、面试邀请时，会在这里告诉你'
        emptyActionText='去看岗位'
        onEmptyAction={() => Taro.switchTab({ url: '/pages/jobs/index' })}
      />
    </Page>
  )
}
