import type { MatchRunResult } from '../../../../types/jobs'

/** What a matching pass did, in words staff can put in a report. */
export function matchRunSummary(r: MatchRunResult): string {
  const done = `为 ${r.trainees} 名学员匹配，新推荐 ${r.recommendations} 条，发到站内消息 ${r.pushed} 条，其中微信订阅消息 ${r.subscribed} 条。`
  return r.complete ? `匹配完成：${done}` : `已匹配一部分：${done}没跑完的定时任务会接着跑。`
}
