import { Text } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import { useState } from 'react'
import type { Employer } from '../../../../types/jobs'
import { DataTable } from '../../../components/data-table'
import { useDesktop } from '../../../components/desktop'
import { ListState } from '../../../components/list-state'
import { formatDateTime } from '../../../domain/time'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { useStaffStore, type EmployerDecision } from '../../../stores/staff'
import { StaffOnly } from '../home/components/staff-only'
import { EmployerReview } from './components/employer-review'
import './index.scss'

function decisionText(d: EmployerDecision): string {
  return d.approve
    ? `已通过「${d.name}」，单位会收到消息，现在可以发布岗位`
    : `「${d.name}」未通过：${d.reason}。单位会收到消息`
}

/** 用人单位审核: employers waiting for review, each with 通过 / 不通过 and a reason. */
export default function StaffEmployers() {
  const employers = useStaffStore((s) => s.employers)
  const status = useStaffStore((s) => s.employersStatus)
  const error = useStaffStore((s) => s.employersError)
  const forbidden = useStaffStore((s) => s.forbidden)
  const load = useStaffStore((s) => s.loadEmployers)
  const deciding = useStaffStore((s) => s.deciding)
  const decideError = useStaffStore((s) => s.decideError)
  const lastDecision = useStaffStore((s) => s.lastDecision)
  const decide = useStaffStore((s) => s.decide)

  const desktop = useDesktop()
  const [picked, setPicked] = useState<string | null>(null)

  useDidShow(() => {
    load()
  })

  const listState =
    employers.length > 0 ? null : forbidden ? (
      <StaffOnly />
    ) : status === 'error' ? (
      <ListState status='error' message={error ?? undefined} onRetry={load} />
    ) : status === 'ready' ? (
      <ListState
        status='empty'
        message='没有等待审核的单位'
        nextStep='单位提交登记后会出现在这里'
        actionText='回工作台'
        onAction={() => Taro.navigateBack()}
      />
    ) : (
      <ListState status='loading' />
    )

  return (
    <Page className='staff-employers'>
      <SectionTitle title={status === 'ready' ? `等待审核（${employers.length}家）` : '等待审核'} />
      {lastDecision && <Text className='staff-employers__done'>{decisionText(lastDecision)}</Text>}
      {decideError && <Text className='staff-employers__error'>{decideError}</Text>}
      {listState}
      {desktop && employers.length > 0 && (
        <DataTable<Employer>
          columns={[
            { key: 'name', label: '单位名称' },
            { key: 'uscc', label: '统一社会信用代码' },
            { key: 'contact', label: '联系人' },
            { key: 'county', label: '区县' },
            {
              key: 'createdAt',
              label: '提交时间',
              render: (e) => <Text>{e.createdAt ? formatDateTime(e.createdAt) : ''}</Text>,
            },
          ]}
          rows={employers}
          rowKey={(e) => e.id}
          pageSize={10}
          onRowClick={(e) => setPicked(e.id)}
          selectedKey={picked ?? employers[0]?.id}
        />
      )}
      {(desktop ? employers.filter((e) => e.id === (picked ?? employers[0]?.id)) : employers).map(
        (e) => (
          <EmployerReview
            key={e.id}
            employer={e}
            busy={deciding === e.id}
            blocked={deciding !== null && deciding !== e.id}
            onDecide={(approve, reason) => decide(e.id, approve, reason)}
          />
        ),
      )}
    </Page>
  )
}
