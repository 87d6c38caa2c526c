/**
 * Start-up applications as a workflow table: for each status, what each staff action leads to,
 * and what the worker is told. A missing entry is an action not allowed in that status.
 */
import type { StartupAction, StartupKind, StartupStatus } from '../../../../../types/startup'

export const STARTUP_WORKFLOW: Record<
  StartupStatus,
  Partial<Record<StartupAction, StartupStatus>>
> = {
  submitted: { accept: 'reviewing', ask: 'need_more', approve: 'approved', refuse: 'refused' },
  reviewing: { ask: 'need_more', approve: 'approved', refuse: 'refused' },
  need_more: { accept: 'reviewing', approve: 'approved', refuse: 'refused' },
  approved: {},
  refused: {},
}

/** Statuses after which a worker may send a new application of the same kind. */
export const FINAL: readonly StartupStatus[] = ['approved', 'refused']

export const KIND_NAMES: Record<StartupKind, string> = {
  incubation: '入驻孵化基地申请',
  loan: '创业担保贷款申请',
  subsidy: '创业补贴申请',
}

/** What the worker reads in 消息 when staff act; a loan is never promised, only recommended. */
export function statusLine(kind: StartupKind, status: StartupStatus): string {
  switch (status) {
    case 'reviewing':
      return '已受理，正在审核'
    case 'need_more':
      return '需要补充材料'
    case 'approved':
      return kind === 'loan'
        ? '初审通过，已推荐到经办银行（是否放款由银行审核决定）'
        : kind === 'subsidy'
          ? '初审通过，请按通知提交材料'
          : '审核通过，可以办理入驻'
    case 'refused':
      return '没有通过'
    default:
      return '已提交，等待审核'
  }
}
