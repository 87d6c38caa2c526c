import { maskPhone } from '../../../../src/domain/phone'
import { getProfiles } from '../profile-store'
import { maskName } from '../routes/jobs/hiring'
import type { StatsScope } from './figure'

/** Names and phones of workers as staff see them in a report: masked. */
export async function maskedPeople(scope: StatsScope, openids: string[]) {
  const profiles = await getProfiles(scope.ctx.db, openids)
  return (openid: string) => {
    const p = profiles.get(openid)
    return {
      name: p?.name ? maskName(p.name) : '（未填姓名）',
      phone: p?.phone ? maskPhone(p.phone) : '',
      county: p?.county ?? '',
    }
  }
}
