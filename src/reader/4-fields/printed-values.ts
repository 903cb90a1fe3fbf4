// The fields printed as values in the card's data column, each found by its pattern in any line: the number
// with its check character, the window's copy of it, the date of birth, the issue dates, the sex.
import { checkDigit, parseHkid } from '#src/hkid/hkid-number.ts'
import { isValidDate } from '#src/hkid/card-dates.ts'
import { height, matchLine, type LineText } from './line-text.ts'

export interface FieldRead {
  value: string
  /** 0–1: the weakest character the value was read from (0 when not read) */
  confidence: number
  /** The value passed its own checks (check digit, real date, known symbol…) */
  valid: boolean
}

/** A field is taken as read at or above this confidence, and only when it passed its own checks. */
export const CONFIDENT_AT = 0.9

export const NONE: FieldRead = { value: '', confidence: 0, valid: false }
export const read = (value: string, confidence: number, valid: boolean): FieldRead => ({
  value,
  confidence,
  valid,
})

export const LABEL = /出生|日期|Date|Sex|性別|性别|簽發|签发/i

export function findIdNumber(lines: LineText[]): { id: FieldRead; line: LineText | null } {
  let best: { id: FieldRead; line: LineText; size: number } | null = null
  for (const l of lines) {
    const kept = Array.from(l.text)
      .map((char, i) => ({ char, prob: l.probs[i] ?? 0 }))
      .filter((c) => c.char !== ' ')
    const compact = kept
      .map((c) => c.char)
      .join('')
      .toUpperCase()
    // the check character as printed, even one no number can have (C668668(E)): the check digit then fails
    const m = /([A-Z]{1,2})(\d{6})(?:\(([0-9A-Z])\)?|([0-9A]))/.exec(compact)
    if (!m) continue
    // a lost closing bracket ("A123456(3") still leaves the check character; the check digit decides
    const parsed = parseHkid(`${m[1]}${m[2]}(${m[3] ?? m[4]})`)
    if (!parsed) continue
    const valid = checkDigit(parsed.prefix, parsed.digits) === parsed.check
    // brackets carry no value: the number is as sure as its letters and digits
    const confidence = Math.min(
      ...kept
        .slice(m.index, m.index + m[0].length)
        .filter((c) => /[A-Za-z0-9]/.test(c.char))
        .map((c) => c.prob),
    )
    const id = read(parsed.normalized, confidence, valid)
    const size = height(l) + (valid ? 1 : 0)
    if (!best || size > best.size) best = { id, line: l, size }
  }
  return best ? { id: best.id, line: best.line } : { id: NONE, line: null }
}

export function findWindow(lines: LineText[], idLine: LineText | null): FieldRead {
  for (const l of lines) {
    if (l === idLine) continue
    const m = matchLine(l, /^\s*([A-Z]{1,2})\s*(\d{6})\s*$/)
    if (m) return read(`${m.groups[0]}${m.groups[1]}`, m.confidence, true)
  }
  return NONE
}

const BIRTH_DATE = /(\d{2})\s*-\s*(\d{2})\s*-\s*(\d{4})/

/** The first date of birth in the boxes; a row's whole reading (`more`) when no box holds a real date. */
export function findBirthday(
  lines: LineText[],
  more: LineText[],
): { field: FieldRead; line: LineText | null } {
  const first = (among: LineText[]) => {
    for (const l of among) {
      const m = matchLine(l, BIRTH_DATE)
      if (!m) continue
      const [dd, mm, yyyy] = m.groups.map(Number) as [number, number, number]
      const valid = isValidDate(yyyy, mm, dd) && yyyy >= 1900
      return { field: read(`${m.groups[0]}-${m.groups[1]}-${m.groups[2]}`, m.confidence, valid), line: l }
    }
    return null
  }
  const boxed = first(lines)
  if (boxed?.field.valid) return boxed
  const whole = first(more)
  if (whole?.field.valid) return whole
  return boxed ?? whole ?? { field: NONE, line: null }
}

/** The line without its date of birth: a sex printed beside the date is often read in the same box. */
function withoutBirthDate(l: LineText): LineText {
  const m = BIRTH_DATE.exec(l.text)
  if (!m) return l
  const chars = Array.from(l.text)
  const start = Array.from(l.text.slice(0, m.index)).length
  const end = start + Array.from(m[0]).length
  return {
    ...l,
    text: [...chars.slice(0, start), ...chars.slice(end)].join(''),
    probs: [...l.probs.slice(0, start), ...l.probs.slice(end)],
    alts: [...l.alts.slice(0, start), ...l.alts.slice(end)],
    altProbs: [...l.altProbs.slice(0, start), ...l.altProbs.slice(end)],
  }
}

export function findIssueDates(lines: LineText[]): {
  first: FieldRead
  current: FieldRead
  line: LineText | null
} {
  let first = NONE
  let current = NONE
  let line: LineText | null = null
  for (const l of lines) {
    const f = matchLine(l, /\(\s*(\d{2})\s*-\s*(\d{2})\s*\)/)
    if (f && !first.value) {
      const month = Number(f.groups[0])
      first = read(`(${f.groups[0]}-${f.groups[1]})`, f.confidence, month >= 1 && month <= 12)
      line ??= l
    }
    const c = matchLine(l, /(?<![\d(-])(\d{2})\s*-\s*(\d{2})\s*-\s*(\d{2})(?![\d-])/)
    if (c && !current.value) {
      const [dd, mm, yy] = c.groups.map(Number) as [number, number, number]
      current = read(
        `${c.groups[0]}-${c.groups[1]}-${c.groups[2]}`,
        c.confidence,
        isValidDate(2000 + yy, mm, dd),
      )
      line ??= l
    }
  }
  return { first, current, line }
}

export function findSex(lines: LineText[]): FieldRead {
  for (const whole of lines) {
    if (LABEL.test(whole.text)) continue
    const l = withoutBirthDate(whole)
    const m = matchLine(l, /^\s*(男|女)?\s*([MF])?\s*$/)
    if (!m || (!m.groups[0] && !m.groups[1])) continue
    const zh = m.groups[0] === '男' ? 'M' : m.groups[0] === '女' ? 'F' : ''
    const en = m.groups[1] ?? ''
    const sex = zh || en
    // both halves read and agreeing is the only reading trusted without a look
    return read(sex === 'M' ? '男M' : '女F', m.confidence, zh !== '' && en !== '' && zh === en)
  }
  return NONE
}
