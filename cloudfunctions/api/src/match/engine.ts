/**
 * The matching engine: openings indexed by occupation and brand, top-N selection per trainee with
 * an exact bound that skips brand-only openings which cannot make the list, recommendation slots
 * per opening, and the pass that serves priority trainees first. Pure TS over data in memory.
 */
import {
  MAX_REASONS,
  MIN_SCORE,
  SLOTS_PER_PLACE,
  TARGET_LIVE,
  type MatchOpening,
  type MatchTrainee,
} from './model'
import {
  BRAND_COUNT,
  EXCLUDED,
  OCCUPATION_COUNT,
  compileOpening,
  compileTrainee,
  joinReasons,
  lastFactors,
  reasonsOf,
  score,
  type CompiledOpening,
  type CompiledTrainee,
  type Voice,
} from './score'

// Module-local copies: transpiled imports are property getters, too slow for the hot loops.
const scorePair = score
const factorsOfLast = lastFactors
const MIN = MIN_SCORE

/** One chosen opening for a trainee, before its reason is put in words. */
export interface Pick {
  opening: CompiledOpening
  score: number
  factors: number
}

/** A recommendation the pass decided on. */
export interface Assignment {
  traineeId: string
  openingId: string
  score: number
  reason: string
  priority: boolean
}

/** What a trainee already has in the ledger: live recommendations and every opening ever offered. */
export interface LedgerState {
  live: number
  seen: ReadonlySet<string>
}

/** Orders trainees as a pass serves them: priority groups first, then by openid. */
export function passOrder(
  a: { priority: boolean; id: string },
  b: { priority: boolean; id: string },
): number {
  if (a.priority !== b.priority) return a.priority ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Better first: higher score, then the smaller id (stable, deterministic). */
function beats(score: number, id: string, other: Pick): boolean {
  return score > other.score || (score === other.score && id < other.opening.id)
}

/** Keeps the best `k` picks in order; `floor` is what a newcomer must beat once it is full. */
class TopList {
  readonly items: Pick[] = []
  constructor(readonly k: number) {}

  full(): boolean {
    return this.items.length >= this.k
  }

  /** Whether (score, id) would enter the list. */
  admits(score: number, id: string): boolean {
    return !this.full() || beats(score, id, this.items[this.k - 1])
  }

  /** The score a candidate needs at least, or -Infinity while there is room. */
  floor(): number {
    return this.full() ? this.items[this.k - 1].score : -Infinity
  }

  add(pick: Pick) {
    const items = this.items
    let i = items.length
    while (i > 0 && beats(pick.score, pick.opening.id, items[i - 1])) i--
    items.splice(i, 0, pick)
    if (items.length > this.k) items.pop()
  }
}

export interface EngineOptions {
  /** Live recommendations allowed per open place. */
  slotsPerPlace?: number
}

/** Openings indexed for matching, with the recommendation slots each still has. */
export class MatchEngine {
  readonly openings: CompiledOpening[]
  private readonly byId = new Map<string, CompiledOpening>()
  private readonly byOccupation: CompiledOpening[][]
  /** Live openings per brand, highest brand-only bound first. */
  private readonly byBrand: CompiledOpening[][]
  /** The same lists holding only openings with recommendation slots left (emptied ones leave). */
  private readonly openByOccupation: CompiledOpening[][]
  private readonly openByBrand: CompiledOpening[][]
  private readonly live: CompiledOpening[]
  /** Recommendation slots left per opening (by idx). */
  readonly slots: Int32Array
  private readonly stamp: Uint32Array
  private round = 0

  constructor(openings: readonly MatchOpening[], now: Date, options: EngineOptions = {}) {
    const nowMs = now.getTime()
    const perPlace = options.slotsPerPlace ?? SLOTS_PER_PLACE
    const sorted = [...openings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    this.openings = sorted.map((o, i) => compileOpening(o, i, nowMs))
    this.byOccupation = Array.from({ length: OCCUPATION_COUNT }, () => [])
    this.byBrand = Array.from({ length: BRAND_COUNT }, () => [])
    this.live = []
    this.slots = new Int32Array(this.openings.length)
    this.stamp = new Uint32Array(this.openings.length)
    for (const o of this.openings) {
      this.byId.set(o.id, o)
      if (!o.live) continue
      this.live.push(o)
      this.slots[o.idx] = o.room * perPlace
      if (o.occ >= 0) this.byOccupation[o.occ].push(o)
      if (o.brand >= 0) this.byBrand[o.brand].push(o)
    }
    for (const list of this.byBrand) {
      list.sort((a, b) => b.brandOnlyBound - a.brandOnlyBound || (a.id < b.id ? -1 : 1))
    }
    this.openByOccupation = this.byOccupation.map((l) => l.filter((o) => this.slots[o.idx] > 0))
    this.openByBrand = this.byBrand.map((l) => l.filter((o) => this.slots[o.idx] > 0))
  }

  /** Drops an opening whose slots ran out from the lists slot-aware selection reads. */
  private retire(o: CompiledOpening) {
    const drop = (lists: CompiledOpening[][], i: number) => {
      if (i < 0) return
      const at = lists[i].indexOf(o)
      if (at >= 0) lists[i].splice(at, 1)
    }
    drop(this.openByOccupation, o.occ)
    drop(this.openByBrand, o.brand)
  }

  get(id: string): CompiledOpening | undefined {
    return this.byId.get(id)
  }

  /** Whether an opening may be offered now (open, unexpired, not full, employer in good standing). */
  isLive(id: string): boolean {
    return this.byId.get(id)?.live === true
  }

  /** Takes slots already held by live recommendations (from the ledger) off each opening. */
  holdSlots(liveByOpening: ReadonlyMap<string, number>) {
    for (const [id, count] of liveByOpening) {
      const o = this.byId.get(id)
      if (!o) continue
      this.slots[o.idx] -= count
      if (o.live && this.slots[o.idx] <= 0) this.retire(o)
    }
  }

  private nextRound(): number {
    this.round = (this.round + 1) >>> 0
    if (this.round === 0) {
      this.stamp.fill(0)
      this.round = 1
    }
    return this.round
  }

  /**
   * The best `k` suitable openings for a trainee, skipping `exclude` (already in the ledger) and
   * dismissed ones; with `useSlots`, only openings with recommendation slots left. Uses the index:
   * openings of the trainee's occupations first, then brand-only openings while their bound can
   * still beat the k-th best.
   */
  top(
    t: CompiledTrainee,
    k: number,
    exclude: ReadonlySet<string> | null,
    useSlots: boolean,
  ): Pick[] {
    if (k <= 0) return []
    const list = new TopList(k)
    const round = this.nextRound()
    const stamp = this.stamp
    const slots = this.slots
    const byOccupation = useSlots ? this.openByOccupation : this.byOccupation
    const byBrand = useSlots ? this.openByBrand : this.byBrand
    for (let pass = 0; pass < 2; pass++) {
      const groups = pass === 0 ? t.occList : t.brandList
      for (const g of groups) {
        const openings = pass === 0 ? byOccupation[g] : byBrand[g]
        for (let i = 0; i < openings.length; i++) {
          const o = openings[i]
          // Brand lists run from the highest bound down: once it cannot beat the k-th, stop.
          if (pass === 1 && list.full() && o.brandOnlyBound < list.floor()) break
          if (stamp[o.idx] === round) continue
          stamp[o.idx] = round
          if (useSlots && slots[o.idx] <= 0) continue
          const s = scorePair(t, o)
          if (s < MIN || !list.admits(s, o.id)) continue
          if (exclude?.has(o.id) || t.dismissed?.has(o.id)) continue
          list.add({ opening: o, score: s, factors: factorsOfLast() })
        }
      }
    }
    return list.items
  }

  /** The same selection without the index: every live opening scored (the bench's yardstick). */
  topNaive(
    t: CompiledTrainee,
    k: number,
    exclude: ReadonlySet<string> | null,
    useSlots: boolean,
  ): Pick[] {
    if (k <= 0) return []
    const list = new TopList(k)
    for (const o of this.live) {
      if (useSlots && this.slots[o.idx] <= 0) continue
      const s = scorePair(t, o)
      if (s === EXCLUDED || s < MIN || !list.admits(s, o.id)) continue
      if (exclude?.has(o.id) || t.dismissed?.has(o.id)) continue
      list.add({ opening: o, score: s, factors: factorsOfLast() })
    }
    return list.items
  }

  /** How many suitable openings a trainee has, counting up to `limit` (slots not considered). */
  suitableCount(t: CompiledTrainee, limit: number): number {
    return this.top(t, limit, null, false).length
  }

  /** Takes one recommendation slot of an opening. */
  take(o: CompiledOpening) {
    this.slots[o.idx] -= 1
    if (this.slots[o.idx] === 0) this.retire(o)
  }

  /**
   * Tops every trainee up to TARGET_LIVE live recommendations, priority trainees first, each
   * taking slots as it goes, so where two compete for an opening's last slot the priority one
   * gets it. `ledger` gives what each trainee already has.
   */
  pass(
    trainees: readonly MatchTrainee[],
    ledger: ReadonlyMap<string, LedgerState> = new Map(),
    options: { naive?: boolean } = {},
  ): Assignment[] {
    const out: Assignment[] = []
    for (const t of [...trainees].sort(passOrder))
      out.push(...this.serve(t, ledger.get(t.id), options.naive))
    return out
  }

  /** One trainee's share of a pass: the new recommendations, slots taken. */
  serve(trainee: MatchTrainee | CompiledTrainee, state?: LedgerState, naive = false): Assignment[] {
    const t = 'occList' in trainee ? trainee : compileTrainee(trainee)
    const needed = TARGET_LIVE - (state?.live ?? 0)
    if (needed <= 0) return []
    const picks = naive
      ? this.topNaive(t, needed, state?.seen ?? null, true)
      : this.top(t, needed, state?.seen ?? null, true)
    return picks.map((p) => {
      this.take(p.opening)
      return {
        traineeId: t.id,
        openingId: p.opening.id,
        score: p.score,
        reason: joinReasons(reasonsOf(p.factors, p.opening.src, 'trainee', MAX_REASONS)),
        priority: t.priority,
      }
    })
  }
}

/** A candidate for an opening, as the employer's ranking sees them. */
export interface RankedCandidate {
  traineeId: string
  score: number
  reasons: string[]
}

/** Trainees indexed by occupation and brand, to rank candidates for one opening quickly. */
export class TraineeIndex {
  readonly trainees: CompiledTrainee[]
  private readonly byOccupation: CompiledTrainee[][]
  private readonly byBrand: CompiledTrainee[][]
  private readonly stamp: Uint32Array
  private round = 0

  constructor(trainees: readonly MatchTrainee[]) {
    this.trainees = trainees.map((t, i) => compileTrainee(t, i))
    this.byOccupation = Array.from({ length: OCCUPATION_COUNT }, () => [])
    this.byBrand = Array.from({ length: BRAND_COUNT }, () => [])
    this.stamp = new Uint32Array(this.trainees.length)
    this.trainees.forEach((t) => {
      for (const occ of t.occList) this.byOccupation[occ].push(t)
      for (const b of t.brandList) this.byBrand[b].push(t)
    })
  }

  /**
   * The best `n` candidates for an opening (score, then openid), with the reasons in the
   * employer's words. Trainees who dismissed it are left out; nobody's group is involved.
   */
  rank(opening: MatchOpening, n: number, now: Date, voice: Voice = 'employer'): RankedCandidate[] {
    const o = compileOpening(opening, 0, now.getTime())
    if (n <= 0) return []
    this.round = (this.round + 1) >>> 0 || 1
    const round = this.round
    const best: Array<{ t: CompiledTrainee; score: number; factors: number }> = []
    const better = (s: number, id: string, other: { t: CompiledTrainee; score: number }) =>
      s > other.score || (s === other.score && id < other.t.id)
    const consider = (t: CompiledTrainee) => {
      if (this.stamp[t.slot] === round) return
      this.stamp[t.slot] = round
      const s = scorePair(t, o)
      if (s < MIN) return
      if (best.length >= n && !better(s, t.id, best[n - 1])) return
      if (t.dismissed?.has(o.id)) return
      const entry = { t, score: s, factors: factorsOfLast() }
      let i = best.length
      while (i > 0 && better(s, t.id, best[i - 1])) i--
      best.splice(i, 0, entry)
      if (best.length > n) best.pop()
    }
    if (o.occ >= 0) for (const t of this.byOccupation[o.occ]) consider(t)
    if (o.brand >= 0) {
      for (const t of this.byBrand[o.brand]) {
        if (best.length >= n && o.brandOnlyBound < best[n - 1].score) break
        consider(t)
      }
    }
    return best.map((b) => ({
      traineeId: b.t.id,
      score: b.score,
      reasons: reasonsOf(b.factors, opening, voice, MAX_REASONS),
    }))
  }
}
