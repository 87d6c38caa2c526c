/** Demo addresses, map points and phone numbers: plausible for Liuzhou, clearly not real ones. */
import type { CountyName, GeoPoint, Venue } from '../../types/catalog'
import { countyByName } from '../../src/domain/counties'
import { pad, rngFor } from './random'

function county(name: CountyName) {
  const found = countyByName(name)
  if (!found) throw new Error(`unknown county ${name}`)
  return found
}

/** A point a little way from the county seat, the same for the same key (GCJ-02). */
export function pointNear(name: CountyName, key: string): GeoPoint {
  const rng = rngFor(`point:${key}`)
  const { latitude, longitude } = county(name).centre
  const round = (n: number) => Math.round(n * 10000) / 10000
  return {
    latitude: round(latitude + (rng.next() - 0.5) * 0.03),
    longitude: round(longitude + (rng.next() - 0.5) * 0.03),
  }
}

/** 融水苗族自治县安太乡示例路12号 */
export function demoAddress(name: CountyName, n: number): string {
  const { townships } = county(name)
  return `${name}${townships[n % townships.length]}示例路${n + 1}号`
}

export function venue(name: string, countyName: CountyName, n: number, key = name): Venue {
  return {
    name,
    address: demoAddress(countyName, n),
    county: countyName,
    point: pointNear(countyName, key),
  }
}

/** 0772-0001234: Liuzhou's area code, a local number no exchange uses (they never start with 0). */
export const demoLandline = (n: number) => `0772-000${pad(n, 4)}`

/** 1380000xxxx: the 138-0000 block used for every demo mobile number. */
export const demoMobile = (n: number) => `1380000${pad(n, 4)}`

/** The township a demo person lives in, picked from the county's list. */
export function townshipOf(name: CountyName, n: number): string {
  const { townships } = county(name)
  return townships[n % townships.length]
}
