import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { Tag } from '../../../components/tag'
import { CATEGORY_LABELS, STATUS_LABELS } from '../../../domain/rights'
import { formatDate } from '../../../domain/time'
import { useRightsStore } from '../../../stores/rights'
import { Hotline } from '../components/hotline'
import { RIGHTS_PAGES } from '../links'
import './index.scss'
import { openPage } from '../../../services/navigate'

/** 我的 → 维权: my complaints and reports with where each stands, and the way to make one. */
export default function MyCases() {
  const mine = useRightsStore((s) => s.mine)
  const status = useRightsStore((s) => s.mineStatus)
  const error = useRightsStore((s) => s.mineError)
  const loadMine = useRightsStore((s) => s.loadMine)
  useDidShow(() => {
    loadMine()
  })
  const go = (url: string) => () => openPage(url)

  return (
    <Page className='rights-mine'>
      <Hotline />
      <View className='rights-mine__links'>
        <Text className='rights-mine__link' onClick={go(RIGHTS_PAGES.blacklist)}>
          失信名单
        </Text>
        <Text className='rights-mine__link' onClick={go(RIGHTS_PAGES.contract)}>
          劳动合同示范文本
        </Text>
      </View>
      {status === 'error' ? (
        <ListState status='error' message={error ?? undefined} onRetry={loadMine} />
      ) : status !== 'ready' && mine.length === 0 ? (
        <ListState status='loading' />
      ) : mine.length === 0 ? (
        <ListState
          status='empty'
          message='还没有投诉举报'
          nextStep='遇到收费、欠薪、不签合同，都可以在这里投诉'
        />
      ) : (
        mine.map((c) => (
          <Card key={c.id} className='rights-mine__case' onClick={go(RIGHTS_PAGES.case(c.id))}>
            <View className='rights-mine__head'>
              <Text className='rights-mine__category'>{CATEGORY_LABELS[c.category]}</Text>
              <Tag
                tone={
                  c.status === 'closed' ? 'success' : c.status === 'rejected' ? 'danger' : 'warning'
                }
              >
                {STATUS_LABELS[c.status]}
              </Tag>
            </View>
            <Text className='rights-mine__line'>{`编号 ${c.caseNo}`}</Text>
            {c.targetName && <Text className='rights-mine__line'>{`对象：${c.targetName}`}</Text>}
            <Text className='rights-mine__line'>
              {`${formatDate(c.createdAt)}提交 · ${formatDate(c.timeline[c.timeline.length - 1].at)}${STATUS_LABELS[c.status]}`}
            </Text>
          </Card>
        ))
      )}
      <Button onClick={go(RIGHTS_PAGES.report())}>我要投诉举报</Button>
    </Page>
  )
}
