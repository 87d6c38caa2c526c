import type { Benefits, OpeningSummary } from '../../../types/jobs'

/** 4000–6000元/月, or 5000元/月 when both ends agree. */
export function payLabel(o: Pick<OpeningSummary, 'payMin' | 'payMax'>): string {
  return o.payMin === o.payMax ? `${o.payMin}元/月` : `${o.payMin}–${o.payMax}元/月`
}

/** The benefits a job gives, as the tags workers look for: 包吃 · 包住 · 五险. */
export function benefitLabels(b: Benefits): string[] {
  return [b.board && '包吃', b.lodging && '包住', b.socialInsurance && '五险'].filter(
    (x): x is string => typeof x === 'string',
  )
}

/** Where the job is: the Liuzhou county, or the place outside (广东湛江). */
export function placeLabel(o: Pick<OpeningSummary, 'county' | 'place'>): string {
  return o.county ?? o.place
}

/** What 读一读 says for a job, in full sentences. */
export function jobSpeech(o: OpeningSummary, verified: boolean, reason?: string): string {
  const pay = o.payMin === o.payMax ? `月薪${o.payMin}元` : `月薪${o.payMin}到${o.payMax}元`
  const benefits = benefitLabels(o.benefits)
  return [
    `${o.title}。`,
    `${o.employerName}${verified ? '，已认证' : ''}。`,
    `${pay}。`,
    `工作地点：${placeLabel(o)}。`,
    benefits.length ? `${benefits.join('、')}。` : '',
    reason ? `推荐理由：${reason.replace(/ · /g, '，')}。` : '',
    '找工作不收费，收费就是违规。',
  ].join('')
}
