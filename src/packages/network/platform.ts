import Taro from '@tarojs/taro'
import type { Institution } from '../../../types/network'

/**
 * Dials a public number: makePhoneCall on weapp; on H5 a tel: link, which the phone's browser
 * hands to its dialer (Taro's H5 makePhoneCall assigns location, which a desk browser may drop).
 */
export function dial(phone: string): void {
  if (process.env.TARO_ENV === 'weapp') {
    Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined)
    return
  }
  const link = document.createElement('a')
  link.href = `tel:${phone.replace(/[^\d+]/g, '')}`
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
}

/** Opens WeChat's map at the entry (weapp); H5 has no map service here and shows its own plot. */
export function openMap(i: Institution): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false
  Taro.openLocation({
    latitude: i.location.lat,
    longitude: i.location.lng,
    name: i.name,
    address: i.address,
    scale: 16,
  }).catch(() => undefined)
  return true
}
