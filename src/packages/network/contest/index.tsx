import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ContestPage } from '../../../../types/contests'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { Tag } from '../../../components/tag'
import { formatDate, formatDateTime } from '../../../domain/time'
import { ApiError, callApi } from '../../../services/call-api'
import { openPage } from '../../../services/navigate'
import '../contests/index.scss'

/** One competition: when, where, rules; 报名 in one tap; results with the 公示 notice. */
export default function ContestDetail() {
  const id = useRouter().params.id ?? ''
  const [contest, setContest] = useState<ContestPage | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState<string | null>(null)

  const load = () =>
    callApi('contests/get', { id })
      .then(setContest)
      .catch((err: Error) => setError(err.message))
  useEffect(() => {
    load()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id])

  if (!contest)
    return (
      <Page>
        <ListState
          status={error ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={load}
        />
      </Page>
    )

  const signUp = async () => {
    setBusy(true)
    try {
      const r = await callApi('contests/signup', { contestId: id })
      setContest({ ...contest, signedUp: true, signupCount: r.signupCount })
      setSaid('报名成功')
    } catch (err) {
      if (err instanceof ApiError && err.code === 'PROFILE_INCOMPLETE')
        openPage('/packages/training/profile/index')
      else setSaid((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Page className='contest'>
      <Text className='contests__title'>{contest.title}</Text>
      {contest.demo && <Tag tone='warning'>示例数据</Tag>}
      <Card>
        <Text className='contests__line'>{`时间：${formatDateTime(contest.startAt)}`}</Text>
        <Text className='contests__line'>{`地点：${contest.place}`}</Text>
        <Text className='contests__line'>{`报名截止：${formatDateTime(contest.signupDeadline)}`}</Text>
        <Text className='contests__line'>{`已报名 ${contest.signupCount} 人`}</Text>
        <Text className='contests__line'>{`规则：${contest.rules}`}</Text>
      </Card>
      {contest.results && (
        <View>
          <SectionTitle title='比赛成绩' />
          <Text className='contests__line'>
            {contest.publicity === 'in_publicity'
              ? `公示中，到${formatDate(contest.publicFrom!)}结束；公示结束后“技术能手”称号显示在获奖人的个人信息里`
              : '公示已结束'}
          </Text>
          {contest.results.map((r) => (
            <Card key={r.rank}>
              <Text className='contests__line'>
                {`第${r.rank}名 ${r.name}${r.score !== undefined ? ` ${r.score}分` : ''}${r.honour ? ` · ${r.honour}` : ''}`}
              </Text>
            </Card>
          ))}
        </View>
      )}
      {said && <Text className='contests__line'>{said}</Text>}
      {contest.status === 'published' && (
        <Button loading={busy} disabled={contest.signedUp} onClick={signUp}>
          {contest.signedUp ? '已报名' : '报名'}
        </Button>
      )}
    </Page>
  )
}
