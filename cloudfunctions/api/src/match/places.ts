/** Work places as small integers, and which Liuzhou counties share a border (for 离家不远). */
import type { CountyName } from '../../../../types/catalog'
import type { WorkPlace } from '../../../../types/profile'
import { COUNTY_NAMES, WORK_PLACES } from '../../../../src/domain/counties'

/** Every place a wish or an opening can name, in a fixed order; the index is the place's id. */
export const PLACE_IDS: readonly WorkPlace[] = WORK_PLACES

export const ANYWHERE_IN_LIUZHOU = PLACE_IDS.indexOf('柳州市内均可')

const countyIds = new Set(COUNTY_NAMES.map((c) => PLACE_IDS.indexOf(c)))

/** The id of a place, or -1 when it is not one we know. */
export function placeId(place: WorkPlace | undefined): number {
  return place === undefined ? -1 : PLACE_IDS.indexOf(place)
}

export function isLiuzhouCounty(id: number): boolean {
  return countyIds.has(id)
}

/** Approximate shared borders between Liuzhou's districts and counties. */
const BORDERS: ReadonlyArray<[CountyName, CountyName[]]> = [
  ['城中区', ['鱼峰区', '柳南区', '柳北区']],
  ['鱼峰区', ['城中区', '柳南区', '柳北区', '柳江区', '鹿寨县']],
  ['柳南区', ['城中区', '鱼峰区', '柳北区', '柳江区']],
  ['柳北区', ['城中区', '鱼峰区', '柳南区', '柳江区', '柳城县', '鹿寨县']],
  ['柳江区', ['鱼峰区', '柳南区', '柳北区', '柳城县', '鹿寨县']],
  ['柳城县', ['柳北区', '柳江区', '鹿寨县', '融安县', '融水苗族自治县']],
  ['鹿寨县', ['鱼峰区', '柳北区', '柳江区', '柳城县', '融安县']],
  ['融安县', ['柳城县', '鹿寨县', '融水苗族自治县', '三江侗族自治县']],
  ['融水苗族自治县', ['柳城县', '融安县', '三江侗族自治县']],
  ['三江侗族自治县', ['融安县', '融水苗族自治县']],
]

/** neighbours[a * n + b] is 1 when places a and b are Liuzhou counties sharing a border. */
const n = PLACE_IDS.length
const neighbours = new Uint8Array(n * n)
for (const [county, near] of BORDERS) {
  const a = PLACE_IDS.indexOf(county)
  for (const other of near) {
    const b = PLACE_IDS.indexOf(other)
    neighbours[a * n + b] = 1
    neighbours[b * n + a] = 1
  }
}

export function areNeighbours(a: number, b: number): boolean {
  return a >= 0 && b >= 0 && neighbours[a * n + b] === 1
}
