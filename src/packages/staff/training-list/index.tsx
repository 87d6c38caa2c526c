import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { BrandId, TrainingListItem } from '../../../../types/catalog'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { Tag } from '../../../components/tag'
import { BRAND_LINES } from '../../../domain/brands'
import { callApi } from '../../../services/call-api'
import { StaffOnly } from '../home/components/staff-only'
import { AddOccupation } from './components/add-occupation'
import './index.scss'

type Status = 'loading' | 'ready' | 'error'

/** What happened to the last action, shown in the card of the brand it touched. */
interface Notice {
  brand: BrandId
  text: string
  failed: boolean
}

const messageOf = (err: unknown) => (err as Error).message
const isForbidden = (err: unknown) => (err as { code?: string }).code === 'FORBIDDEN'

/** 培训清单管理: staff add an occupation to the public training list, or stop and restore one. */
export default function StaffTrainingList() {
  const [items, setItems] = useState<TrainingListItem[] | null>(null)
  const [status, setStatus] = useState<Status>('loading')
  const [error, setError] = useState<string | null>(null)
  const [forbidden, setForbidden] = useState(false)
  // The item id or `add:<brand>` being saved now, so only that button shows it is working.
  const [busy, setBusy] = useState<string | null>(null)
  const [adding, setAdding] = useState<BrandId | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)

  const load = async () => {
    setStatus('loading')
    setError(null)
    try {
      setItems(await callApi('staff/training-list', {}, { retry: true }))
      setStatus('ready')
      setForbidden(false)
    } catch (err) {
      setStatus('error')
      setError(messageOf(err))
      setForbidden(isForbidden(err))
    }
  }

  useDidShow(() => {
    load()
  })

  const save = async (brand: BrandId, occupation: string, active: boolean, key: string) => {
    if (busy) return false
    setBusy(key)
    setNotice(null)
    try {
      const saved = await callApi('staff/training-list/save', { brand, occupation, active })
      setItems((list) => {
        const rest = (list ?? []).filter((i) => i.id !== saved.id)
        const at = (list ?? []).findIndex((i) => i.id === saved.id)
        if (at < 0) return [...rest, saved]
        return [...rest.slice(0, at), saved, ...rest.slice(at)]
      })
      const verb = key.startsWith('add:') ? '已加入培训清单' : active ? '已恢复培训' : '已停止培训'
      setNotice({ brand, text: `${verb}：${saved.occupation}`, failed: false })
      return true
    } catch (err) {
      setNotice({ brand, text: messageOf(err), failed: true })
      return false
    } finally {
      setBusy(null)
    }
  }

  const toggle = async (item: TrainingListItem) => {
    if (item.active) {
      const { confirm } = await Taro.showModal({
        title: '停止培训',
        content: `停止后，「${item.occupation}」不会再出现在公开的培训清单里。以后可以随时恢复。`,
        confirmText: '停止培训',
        cancelText: '再想想',
      })
      if (!confirm) return
    }
    await save(item.brand, item.occupation, !item.active, item.id)
  }

  const add = async (brand: BrandId, occupation: string) => {
    const existing = items?.find((i) => i.brand === brand && i.occupation === occupation)
    if (existing) {
      setNotice({
        brand,
        text: existing.active
          ? `「${occupation}」已经在清单里了`
          : `「${occupation}」已经在清单里，现在是已停止，点它旁边的 恢复培训`,
        failed: true,
      })
      return false
    }
    const ok = await save(brand, occupation, true, `add:${brand}`)
    if (ok) setAdding(null)
    return ok
  }

  if (!items) {
    return (
      <Page className='training-list'>
        {forbidden ? (
          <StaffOnly />
        ) : (
          <ListState
            status={status === 'error' ? 'error' : 'loading'}
            message={error ?? undefined}
            onRetry={load}
          />
        )}
      </Page>
    )
  }

  return (
    <Page className='training-list'>
      <Text className='training-list__intro'>
        培训中的工种会出现在公开的培训清单里；停止后不再显示，可以随时恢复。
      </Text>
      {status === 'error' && (
        <Text className='training-list__stale' onClick={load}>
          {`${error ?? '没有刷新成功'}。下面是上次的清单，点这里重试`}
        </Text>
      )}
      {BRAND_LINES.map((b) => {
        const own = items.filter((i) => i.brand === b.id)
        const suggestions = b.occupations.filter((o) => !own.some((i) => i.occupation === o))
        const active = own.filter((i) => i.active).length
        return (
          <Card key={b.id} accent={b.color} className='training-list__brand'>
            <Text className='training-list__brand-name'>{b.name}</Text>
            <Text className='training-list__count'>
              {`培训中 ${active} 个，已停止 ${own.length - active} 个`}
            </Text>
            {notice?.brand === b.id && (
              <Text
                className={`training-list__notice ${notice.failed ? 'training-list__notice--error' : ''}`}
              >
                {notice.text}
              </Text>
            )}
            {own.length === 0 && (
              <ListState status='empty' message='这个品牌还没有工种' nextStep='点下面的 添加工种' />
            )}
            {own.map((i) => (
              <View key={i.id} className='training-list__row'>
                <View className='training-list__what'>
                  <Text className='training-list__name'>{i.occupation}</Text>
                  <Tag tone={i.active ? 'success' : 'plain'}>{i.active ? '培训中' : '已停止'}</Tag>
                </View>
                <Button
                  variant='secondary'
                  block={false}
                  loading={busy === i.id}
                  disabled={busy !== null && busy !== i.id}
                  onClick={() => toggle(i)}
                >
                  {i.active ? '停止培训' : '恢复培训'}
                </Button>
              </View>
            ))}
            {adding === b.id ? (
              <AddOccupation
                suggestions={suggestions}
                saving={busy === `add:${b.id}`}
                onAdd={(o) => add(b.id, o)}
                onCancel={() => setAdding(null)}
              />
            ) : (
              <View className='training-list__add-open'>
                <Button
                  variant='secondary'
                  onClick={() => {
                    setAdding(b.id)
                    setNotice(null)
                  }}
                >
                  添加工种
                </Button>
              </View>
            )}
          </Card>
        )
      })}
    </Page>
  )
}
