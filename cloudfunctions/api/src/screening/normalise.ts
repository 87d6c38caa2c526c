/**
 * Reading a text as a person would before matching it: Unicode NFKC (full width, circled digits,
 * Kangxi radicals and compatibility ideographs), invisible characters and spacing dropped,
 * look-alike letters mapped, traditional characters to simplified (opencc-js), and words written in
 * pinyin, as initials or in English read back into Chinese. Each character of the result remembers
 * where it came from, so a refusal can quote the words the employer typed.
 */
import * as OpenCC from 'opencc-js/t2cn'
import { ENGLISH, INITIALS, PINYIN } from './vocabulary'

/** The text as read, and for each of its characters the span of the original it came from. */
export interface Reading {
  text: string
  from: number[]
  to: number[]
}

interface Piece {
  ch: string
  from: number
  to: number
}

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' })

/** Cyrillic and Greek letters that look like Latin ones (dеposit with a Cyrillic е). */
const LOOK_ALIKE: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ո: 'n',
  α: 'a',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // CJK radicals (not folded by NFKC) standing in for the characters they are drawn from.
  '⻏': '阝',
  '⻉': '贝',
  '⻈': '讠',
  '⻋': '车',
  '⻔': '门',
  '⻢': '马',
  '⻤': '鬼',
  '⻐': '钅',
  〇: '零',
}

/** Characters no reader sees: format characters, fillers, variation selectors. */
const INVISIBLE = /^(?:\p{Cf}|\p{Mn}|\u115F|\u1160|\u3164|\uFFA0|\u2800)$/u
const HAN = /\p{Script=Han}/u
const LATIN_OR_DIGIT = /[a-z0-9]/

function pieces(original: string): Piece[] {
  const out: Piece[] = []
  let at = 0
  for (const cp of original) {
    const from = at
    at += cp.length
    if (INVISIBLE.test(cp)) continue
    // Tone marks and combining marks (yā jīn, 押̲金) are not read.
    const folded = cp.normalize('NFKC').normalize('NFD').replace(/\p{M}/gu, '')
    for (const ch of folded) {
      const lower = ch.toLowerCase()
      out.push({ ch: LOOK_ALIKE[lower] ?? lower, from, to: at })
    }
  }
  return out
}

function simplify(list: Piece[]): Piece[] {
  const text = list.map((p) => p.ch).join('')
  const converted = [...toSimplified(text)]
  if (converted.length === list.length) return list.map((p, i) => ({ ...p, ch: converted[i] }))
  return list.map((p) => ({ ...p, ch: HAN.test(p.ch) ? toSimplified(p.ch) : p.ch }))
}

interface Token {
  text: string
  start: number
  end: number
}

/** Splits a run of Latin letters, digits and spacing into letter and digit tokens. */
function tokens(run: Piece[]): Token[] {
  const out: Token[] = []
  let i = 0
  while (i < run.length) {
    const kind = (c: string) => (/[a-z]/.test(c) ? 'a' : /[0-9]/.test(c) ? '9' : ' ')
    const k = kind(run[i].ch)
    let j = i
    while (j < run.length && kind(run[j].ch) === k) j++
    if (k !== ' ')
      out.push({
        text: run
          .slice(i, j)
          .map((p) => p.ch)
          .join(''),
        start: i,
        end: j,
      })
    i = j
  }
  return out
}

const ENGLISH_PHRASES = Object.keys(ENGLISH)
  .map((p) => p.split(' '))
  .sort((a, b) => b.length - a.length || b.join('').length - a.join('').length)

/** Reads Latin words as Chinese: English phrases, pinyin (spaced or not), initials. */
function readLatin(run: Piece[]): Piece[] {
  const toks = tokens(run)
  const replaced: Array<{ start: number; end: number; word: string }> = []
  let t = 0
  while (t < toks.length) {
    const english = ENGLISH_PHRASES.find((words) => words.every((w, k) => toks[t + k]?.text === w))
    if (english) {
      const last = toks[t + english.length - 1]
      replaced.push({ start: toks[t].start, end: last.end, word: ENGLISH[english.join(' ')] })
      t += english.length
      continue
    }
    const initials = INITIALS.get(toks[t].text)
    if (initials) {
      replaced.push({ start: toks[t].start, end: toks[t].end, word: initials })
      t++
      continue
    }
    // Pinyin: join this and the following letter tokens and look for a word that ends on a token end.
    let joined = ''
    let found: { k: number; word: string } | null = null
    for (let k = t; k < toks.length && /^[a-z]+$/.test(toks[k].text) && joined.length < 24; k++) {
      joined += toks[k].text
      const hit = PINYIN.find(([p]) => p === joined)
      if (hit) found = { k, word: hit[1] }
    }
    if (found) {
      replaced.push({ start: toks[t].start, end: toks[found.k].end, word: found.word })
      t = found.k + 1
      continue
    }
    t++
  }
  if (replaced.length === 0) return run
  const out: Piece[] = []
  let i = 0
  for (const r of replaced) {
    out.push(...run.slice(i, r.start))
    const from = run[r.start].from
    const to = run[r.end - 1].to
    for (const ch of r.word) out.push({ ch, from, to })
    i = r.end
  }
  out.push(...run.slice(i))
  return out
}

function isSpacing(ch: string): boolean {
  return /[\s_\-*~^'"`|#=+·•・°\\/]/.test(ch) || ch === '.'
}

/** Reads each run of Latin letters, digits and spacing between them. */
function readLatinRuns(list: Piece[]): Piece[] {
  const out: Piece[] = []
  let i = 0
  while (i < list.length) {
    if (!LATIN_OR_DIGIT.test(list[i].ch)) {
      out.push(list[i++])
      continue
    }
    let j = i
    while (j < list.length && (LATIN_OR_DIGIT.test(list[j].ch) || /[\s_\-*.·]/.test(list[j].ch)))
      j++
    out.push(...readLatin(list.slice(i, j)))
    i = j
  }
  return out
}

/**
 * Drops spacing: whitespace and filler symbols anywhere (Chinese has no spaces), except a point
 * between digits (1.5元) or after a sentence.
 */
function dropSpacing(list: Piece[]): Piece[] {
  return list.filter((p, i) => {
    if (!isSpacing(p.ch)) return true
    if (p.ch === '.' && /\d/.test(list[i - 1]?.ch ?? '') && /\d/.test(list[i + 1]?.ch ?? ''))
      return true
    if (p.ch === '\n') return true
    if (p.ch === '.' && !HAN.test(list[i + 1]?.ch ?? '')) return true
    return false
  })
}

/** O and l typed for 0 and 1 inside an amount (5OO元). */
function fixDigits(list: Piece[]): Piece[] {
  return list.map((p, i) => {
    const near = /\d/.test(list[i - 1]?.ch ?? '') || /\d/.test(list[i + 1]?.ch ?? '')
    if (!near) return p
    if (p.ch === 'o') return { ...p, ch: '0' }
    if (p.ch === 'l' || p.ch === 'i') return { ...p, ch: '1' }
    return p
  })
}

/** Punctuation an employer slipped inside a word (押,金 / 押。金) so that it no longer matches. */
function joinSplitWords(list: Piece[], words: readonly string[]): Piece[] {
  const text = list.map((p) => p.ch).join('')
  // String offset → piece: a piece may be two UTF-16 units (characters beyond the BMP).
  const pieceAt: number[] = []
  list.forEach((p, i) => {
    for (let u = 0; u < p.ch.length; u++) pieceAt.push(i)
  })
  const drop = new Set<number>()
  for (const word of words) {
    const chars = [...word]
    const pattern = new RegExp(
      chars.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('([\\p{P}\\p{S}]{1,3})'),
      'gu',
    )
    for (const m of text.matchAll(pattern)) {
      let at = m.index ?? 0
      for (let k = 0; k < chars.length - 1; k++) {
        at += chars[k].length
        const gap = m[k + 1] ?? ''
        for (let g = 0; g < gap.length; g++) drop.add(pieceAt[at + g])
        at += gap.length
      }
    }
  }
  return list.filter((_p, i) => !drop.has(i))
}

/** Reads `original` as the screening rules see it; `words` are rejoined when punctuation splits them. */
export function read(original: string, words: readonly string[]): Reading {
  let list = pieces(original)
  list = simplify(list)
  list = readLatinRuns(list)
  list = dropSpacing(list)
  list = fixDigits(list)
  list = joinSplitWords(list, words)
  // One entry per UTF-16 unit of `text`, so regular-expression indices can be used directly.
  const units = list.flatMap((p) => [...Array(p.ch.length)].map(() => p))
  return {
    text: list.map((p) => p.ch).join(''),
    from: units.map((p) => p.from),
    to: units.map((p) => p.to),
  }
}
