/**
 * The scoring core: trainees and openings compiled to small integers, one scoring function over
 * them, and the plain-Chinese reasons behind a score. Deterministic: same data, same numbers.
 */
import type { BrandId, CertificateType } from '../../../../types/catalog'
import { BRAND_IDS, BRAND_LINES, brandName } from '../../../../src/domain/brands'
import { countyByName } from '../../../../src/domain/counties'
import {
  FRESH_DAYS,
  MAX_REASONS,
  MIN_SCORE,
  WEIGHTS,
  type MatchOpening,
  type MatchTrainee,
  type Scored,
} from './model'
import { ANYWHERE_IN_LIUZHOU, areNeighbours, isLiuzhouCounty, placeId } from './places'

const OCCUPATIONS: readonly string[] = BRAND_LINES.flatMap((b) => b.occupations)
const OCCUPATION_IDS = new Map(OCCUPATIONS.map((o, i) => [o, i]))
const CERT_TYPES: readonly CertificateType[] = ['qualification', 'skill_level', 'special_ability']

export const OCCUPATION_COUNT = OCCUPATIONS.length
export const BRAND_COUNT = BRAND_IDS.length
/** The brand index of each occupation id. */
const OCCUPATION_BRAND = BRAND_LINES.flatMap((b) =>
  b.occupations.map(() => BRAND_IDS.indexOf(b.id)),
)

// Occupations and places are kept as bits of one 32-bit integer: the plan names 27 occupations.
if (OCCUPATION_COUNT > 31)
  throw new Error('matching keeps occupations as 31 bits; widen the masks first')

/** Id of an occupation of the four brand lines, or -1 (then only the brand can match). */
export function occupationId(occupation: string): number {
  return OCCUPATION_IDS.get(occupation) ?? -1
}

/** Factors as bits, in the order reasons are shown (the most telling first). */
export const F = {
  occupationCompleted: 1 << 0,
  occupationTraining: 1 << 1,
  occupationWish: 1 << 2,
  brandCourse: 1 << 3,
  brandWish: 1 << 4,
  certificateMeets: 1 << 5,
  honour: 1 << 17,
  cooperationTrainee: 1 << 18,
  homeCounty: 1 << 6,
  neighbourCounty: 1 << 7,
  wishedPlace: 1 << 8,
  anywhereInLiuzhou: 1 << 9,
  payMeets: 1 << 10,
  payReachable: 1 << 11,
  certificateHeld: 1 << 12,
  fresh: 1 << 13,
  socialInsurance: 1 << 14,
  lodging: 1 << 15,
  board: 1 << 16,
} as const

/** Reasons in the order shown: honours and the cooperation priority right after the certificate. */
const REASON_ORDER: readonly number[] = [
  F.occupationCompleted,
  F.occupationTraining,
  F.occupationWish,
  F.brandCourse,
  F.brandWish,
  F.certificateMeets,
  F.honour,
  F.cooperationTrainee,
  ...Array.from({ length: 11 }, (_, i) => 1 << (i + 6)),
]

/** A trainee compiled for scoring. */
export interface CompiledTrainee {
  id: string
  /** Position in the caller's trainee list. */
  slot: number
  priority: boolean
  /** Place id of the home county, -1 when unknown. */
  home: number
  /** Bit per wished place id. */
  placeMask: number
  minPay: number
  /** Bit per occupation id: finished a course in it / is in a course / wishes to work in it. */
  completed: number
  training: number
  wished: number
  /** Bit per brand index: has a course of the brand / wishes to work in it. */
  brandCourse: number
  brandWish: number
  /** Certificates as flat triples: occupation id, type index, level (0 when none). */
  certs: number[]
  /** Bit per occupation id in which the trainee holds an honour (技术能手). */
  honours: number
  occList: number[]
  brandList: number[]
  dismissed: ReadonlySet<string> | null
}

/** An opening compiled for scoring. */
export interface CompiledOpening {
  id: string
  /** Position in the engine's opening list. */
  idx: number
  brand: number
  occ: number
  place: number
  outside: boolean
  payMin: number
  payMax: number
  /** Required certificate type index, -1 when none; level 0 when any level does. */
  certType: number
  certLevel: number
  /** Freshness and benefits: points that depend on the opening alone. */
  fixed: number
  fixedMask: number
  /** Open, not expired, not full, employer verified and not blacklisted. */
  live: boolean
  /** Places still open (headcount − hired). */
  room: number
  cooperation: boolean
  /** The most a trainee who matches only by brand can score here (for pruning). */
  brandOnlyBound: number
  src: MatchOpening
}

const ANY_LIUZHOU_BIT = ANYWHERE_IN_LIUZHOU >= 0 ? 1 << ANYWHERE_IN_LIUZHOU : 0

// Module-local copies: transpiled imports are property getters, too slow for the hot loop.
const W = { ...WEIGHTS }
const near = areNeighbours

export function compileTrainee(t: MatchTrainee, slot = 0): CompiledTrainee {
  let completed = 0
  let training = 0
  let wished = 0
  let brandCourse = 0
  let brandWish = 0
  const certs: number[] = []
  const brandBit = (b: string) =>
    BRAND_IDS.indexOf(b as BrandId) >= 0 ? 1 << BRAND_IDS.indexOf(b as BrandId) : 0
  for (const b of t.wishes.brands) brandWish |= brandBit(b)
  for (const o of t.wishes.occupations) {
    const id = occupationId(o)
    if (id < 0) continue
    wished |= 1 << id
    brandWish |= 1 << OCCUPATION_BRAND[id]
  }
  for (const c of t.courses) {
    const id = occupationId(c.occupation)
    brandCourse |= brandBit(c.brand)
    if (id < 0) continue
    if (c.completed) completed |= 1 << id
    else training |= 1 << id
    if (c.completed && c.certificate) {
      certs.push(id, CERT_TYPES.indexOf(c.certificate.type), c.certificate.level ?? 0)
    }
  }
  let honours = 0
  for (const o of t.honours ?? []) {
    const id = occupationId(o)
    if (id >= 0) honours |= 1 << id
  }
  let placeMask = 0
  for (const p of t.wishes.places) {
    const id = placeId(p)
    if (id >= 0) placeMask |= 1 << id
  }
  const occupations = completed | training | wished
  const brands = brandCourse | brandWish
  const occList: number[] = []
  for (let i = 0; i < OCCUPATION_COUNT; i++) if (occupations & (1 << i)) occList.push(i)
  const brandList: number[] = []
  for (let i = 0; i < BRAND_COUNT; i++) if (brands & (1 << i)) brandList.push(i)
  return {
    id: t.id,
    slot,
    priority: t.priority,
    home: placeId(t.county),
    placeMask,
    minPay: t.wishes.minPay ?? 0,
    completed,
    training,
    wished,
    brandCourse,
    brandWish,
    certs,
    honours,
    occList,
    brandList,
    dismissed: t.dismissed?.length ? new Set(t.dismissed) : null,
  }
}

const DAY_MS = 86_400_000

/** Whether anyone may be offered the opening at `nowMs`. */
export function isOpeningLive(o: MatchOpening, nowMs: number): boolean {
  return (
    o.status === 'open' && o.employerOk && o.hired < o.headcount && Date.parse(o.expiresAt) > nowMs
  )
}

export function compileOpening(o: MatchOpening, idx: number, nowMs: number): CompiledOpening {
  const place = placeId(o.county ?? o.place)
  const ageDays = Math.max(0, (nowMs - Date.parse(o.postedAt)) / DAY_MS)
  const freshness = Math.round(WEIGHTS.freshnessMax * Math.max(0, 1 - ageDays / FRESH_DAYS))
  let fixed = Number.isFinite(freshness) ? freshness : 0
  let fixedMask = ageDays <= 3 ? F.fresh : 0
  const perks: Array<[boolean | undefined, number, number]> = [
    [o.benefits?.socialInsurance, WEIGHTS.socialInsurance, F.socialInsurance],
    [o.benefits?.lodging, WEIGHTS.lodging, F.lodging],
    [o.benefits?.board, WEIGHTS.board, F.board],
  ]
  for (const [has, points, bit] of perks) {
    if (!has) continue
    fixed += points
    fixedMask |= bit
  }
  return {
    id: o.id,
    idx,
    brand: BRAND_IDS.indexOf(o.brand),
    occ: occupationId(o.occupation),
    place,
    outside: place >= 0 && !isLiuzhouCounty(place) && place !== ANYWHERE_IN_LIUZHOU,
    payMin: o.payMin,
    payMax: o.payMax,
    certType: o.certificate ? CERT_TYPES.indexOf(o.certificate.type) : -1,
    certLevel: o.certificate?.level ?? 0,
    fixed,
    fixedMask,
    live: isOpeningLive(o, nowMs),
    room: Math.max(0, o.headcount - o.hired),
    cooperation: o.cooperation === true,
    brandOnlyBound:
      WEIGHTS.brandCourse +
      WEIGHTS.homeCounty +
      WEIGHTS.payMeets +
      (o.cooperation ? WEIGHTS.cooperationTrainee : 0) +
      fixed,
    src: o,
  }
}

/** Returned by `score` for a pair that must never match. */
export const EXCLUDED = -1_000_000

let factors = 0

/** The factors behind the last `score` call (kept aside so the hot loop allocates nothing). */
export function lastFactors(): number {
  return factors
}

function holdsCertificate(t: CompiledTrainee, occ: number, type: number, level: number): boolean {
  const c = t.certs
  for (let i = 0; i < c.length; i += 3) {
    if (c[i] !== occ) continue
    if (type < 0) return true
    if (c[i + 1] === type && (level === 0 || (c[i + 2] > 0 && c[i + 2] <= level))) return true
  }
  return false
}

/**
 * Score of one pair, or EXCLUDED when the trainee has no brand or occupation link to the opening,
 * or the opening is outside Liuzhou somewhere the trainee did not say they would go. Liveness,
 * capacity and dismissals are the caller's filters.
 */
export function score(t: CompiledTrainee, o: CompiledOpening): number {
  let s = 0
  let m = 0
  const bit = o.occ >= 0 ? 1 << o.occ : 0
  if (t.completed & bit) {
    s = W.occupationCompleted
    m = F.occupationCompleted
  } else if (t.training & bit) {
    s = W.occupationTraining
    m = F.occupationTraining
  } else if (t.wished & bit) {
    s = W.occupationWish
    m = F.occupationWish
  } else {
    const b = o.brand >= 0 ? 1 << o.brand : 0
    if (t.brandCourse & b) {
      s = W.brandCourse
      m = F.brandCourse
    } else if (t.brandWish & b) {
      s = W.brandWish
      m = F.brandWish
    } else return EXCLUDED
  }

  const p = o.place
  if (o.outside) {
    // Guangdong and elsewhere: only for those who chose it (or chose no place at all).
    if (t.placeMask & (1 << p)) {
      s += W.wishedPlace
      m |= F.wishedPlace
    } else if (t.placeMask !== 0) return EXCLUDED
  } else if (p >= 0) {
    if (t.home === p) {
      s += W.homeCounty
      m |= F.homeCounty
    } else if (t.placeMask & (1 << p)) {
      s += W.wishedPlace
      m |= F.wishedPlace
    } else if (near(t.home, p)) {
      s += W.neighbourCounty
      m |= F.neighbourCounty
    } else if (t.placeMask & ANY_LIUZHOU_BIT) {
      s += W.anywhereInLiuzhou
      m |= F.anywhereInLiuzhou
    }
  }

  if (o.certType >= 0) {
    if (o.occ >= 0 && holdsCertificate(t, o.occ, o.certType, o.certLevel)) {
      s += W.certificateMeets
      m |= F.certificateMeets
    } else s += W.certificateMissing
  } else if (o.occ >= 0 && t.certs.length > 0 && holdsCertificate(t, o.occ, -1, 0)) {
    s += W.certificateHeld
    m |= F.certificateHeld
  }

  if (o.occ >= 0 && t.honours & (1 << o.occ)) {
    s += W.honour
    m |= F.honour
  }
  // 粤桂劳务协作: trainees of the opening's brand (in or after a course) are recommended first.
  if (o.cooperation && o.brand >= 0 && t.brandCourse & (1 << o.brand)) {
    s += W.cooperationTrainee
    m |= F.cooperationTrainee
  }

  if (t.minPay > 0) {
    if (o.payMin >= t.minPay) {
      s += W.payMeets
      m |= F.payMeets
    } else if (o.payMax >= t.minPay) {
      s += W.payReachable
      m |= F.payReachable
    } else s += W.payBelow
  }

  factors = m | o.fixedMask
  return s + o.fixed
}

/** Who reads a reason: the trainee (你学过…) or the employer looking at a candidate (学过…). */
export type Voice = 'trainee' | 'employer'

const SKILL_NAMES: Record<string, string> = {
  母婴护理员: '母婴护理',
  家务服务员: '家务服务',
  家庭照护员: '家庭照护',
  养老护理员: '养老护理',
  病患陪护工: '病患陪护',
  电子商务师: '电子商务',
  销售人员: '销售',
}

/** What one learns for an occupation, as people say it (养老护理员 → 养老护理). */
export function skillName(occupation: string): string {
  return SKILL_NAMES[occupation] ?? occupation
}

function placeWords(o: MatchOpening): string {
  if (!o.county) return o.place
  return countyByName(o.county)?.short ?? o.county
}

function factorText(bit: number, o: MatchOpening, voice: Voice): string | null {
  const you = voice === 'trainee' ? '你' : ''
  const skill = skillName(o.occupation)
  switch (bit) {
    case F.occupationCompleted:
      return `${you}学过${skill}`
    case F.occupationTraining:
      return `${you}正在学${skill}`
    case F.occupationWish:
      return `${you}想做${o.occupation}`
    case F.brandCourse:
      return `${you}学过${brandName(o.brand)}的课程`
    case F.brandWish:
      return voice === 'trainee' ? `你关注${brandName(o.brand)}` : `想做${brandName(o.brand)}的工作`
    case F.certificateMeets:
      return voice === 'trainee' ? '你的证书符合要求' : '证书符合要求'
    case F.certificateHeld:
      return `${you}有${skill}证书`
    case F.honour:
      return `${you}是${skill}技术能手`
    case F.cooperationTrainee:
      return voice === 'trainee' ? '粤桂协作岗位，品牌学员优先' : '品牌学员，协作岗位优先'
    case F.homeCounty:
      return voice === 'trainee' ? '离家近' : '就住在本地'
    case F.neighbourCounty:
      return voice === 'trainee' ? '离家不远' : '住得不远'
    case F.wishedPlace:
      if (o.county)
        return voice === 'trainee' ? `在你想去的${placeWords(o)}` : `想在${placeWords(o)}工作`
      return `${voice === 'trainee' ? '你' : ''}愿意去${o.place}`
    case F.anywhereInLiuzhou:
      return voice === 'trainee' ? '在柳州市内' : '愿意在柳州市内工作'
    case F.payMeets:
      return voice === 'trainee' ? '工资符合期望' : '期望工资相符'
    case F.payReachable:
      return voice === 'trainee' ? '工资最高能达到你的期望' : '期望工资在范围内'
    case F.fresh:
      return voice === 'trainee' ? '新发布' : null
    case F.socialInsurance:
      return voice === 'trainee' ? '有社保' : null
    case F.lodging:
      return voice === 'trainee' ? '包住' : null
    case F.board:
      return voice === 'trainee' ? '包吃' : null
    default:
      return null
  }
}

/** The reasons behind a set of factors, most telling first, at most `max`. */
export function reasonsOf(factors: number, o: MatchOpening, voice: Voice, max: number): string[] {
  const out: string[] = []
  for (let i = 0; i < REASON_ORDER.length && out.length < max; i++) {
    const bit = REASON_ORDER[i]
    if (!(factors & bit)) continue
    const text = factorText(bit, o, voice)
    if (text) out.push(text)
  }
  return out
}

/** 你学过养老护理 · 离家近 · 工资符合期望 */
export function joinReasons(reasons: string[]): string {
  return reasons.join(' · ')
}

/**
 * Scores one opening for one trainee with every hard filter applied: null when it must not be
 * offered (closed, expired, full, employer unverified or blacklisted, dismissed, no link, a place
 * outside Liuzhou the trainee did not choose). `suitable` is whether it clears MIN_SCORE.
 */
export function scoreOpening(
  trainee: MatchTrainee,
  opening: MatchOpening,
  now: Date = new Date(),
  voice: Voice = 'trainee',
): (Scored & { suitable: boolean }) | null {
  if (trainee.dismissed?.includes(opening.id)) return null
  const o = compileOpening(opening, 0, now.getTime())
  if (!o.live) return null
  const s = score(compileTrainee(trainee), o)
  if (s === EXCLUDED) return null
  return {
    score: s,
    reasons: reasonsOf(factors, opening, voice, MAX_REASONS),
    suitable: s >= MIN_SCORE,
  }
}
