// Which recogniser work a card can do without: a run of several boxes on a row is read again as one crop only
// where its boxes' own readings do not already give what the whole would (docs/local-reader.md, "Speed work").
import { isUpright } from './text-rows.ts'
import type { Quad } from '../geometry.ts'

/** A field a single box can hold whole: the number with its check character, a date, a first-issue (MM-YY). */
const WHOLE_FIELD = [
  /^[A-Z]{1,2}\d{6}[(（][0-9A-Z][)）]?$/,
  /^\d{2}-\d{2}-\d{4}$/,
  /^\d{2}-\d{2}-\d{2}$/,
  /^\(\d{2}-\d{2}\)$/,
]
const DASHES = /[‐‑‒–—―−﹣－~]/g
const compact = (text: string) => text.normalize('NFKC').replace(DASHES, '-').replace(/\s/g, '')

/** Telecode boxes cut at the codes' own seams: each box all digits, whole codes of four, no digit shared */
const codesOnly = (texts: readonly string[]) => texts.every((t) => /^(\d{4})+$/.test(t))

/** As sure as card-fields.ts requires a field to be (CONFIDENT_AT) */
const SURE = 0.9

interface ReadBox {
  text: string
  chars: readonly { char: string; prob: number }[]
}
/** Every letter and digit of the box read at the bar: a whole reading could not make it surer */
const sure = (box: ReadBox) => box.chars.every((c) => !/[\p{L}\p{N}]/u.test(c.char) || c.prob >= SURE)

/**
 * Whether a run's boxes need the run read again as one crop. Not when every box already reads surely as a
 * whole field on its own (the issue date beside the number) or as whole telecodes (the Chinese name must still
 * confirm each), nor when no box holds a letter or digit (Han print: the Chinese name is read from its own box)
 * — the whole crop could only join what the boxes already say. Still read: a name's words (its comma and
 * spacing), digits cut mid-field (`26512` `24802597`), and a whole field read weakly (the whole crop's
 * reading of it may clear the bar).
 */
export function wholeReadingNeeded(parts: readonly ReadBox[]): boolean {
  const texts = parts.map((p) => compact(p.text))
  const allSure = parts.every(sure)
  if (allSure && texts.every((t) => WHOLE_FIELD.some((f) => f.test(t)))) return false
  if (allSure && codesOnly(texts)) return false
  return texts.some((t) => /[A-Za-z0-9]/.test(t))
}

/** Taller than any field's print (the largest, the HKID-2018 issue date, is ≈ 0.05 of the card's height) */
const TALLER_THAN_PRINT = 0.12

/**
 * Print set on end and taller than any field (the specimens' vertical SAMPLE marks) holds no field: the card
 * prints every field across. A short upright box (a lone `F` whose box is narrow) is still read.
 */
export function holdsNoField(quad: Quad, cardHeight: number): boolean {
  const ys = quad.map((p) => p[1])
  return isUpright(quad) && Math.max(...ys) - Math.min(...ys) >= TALLER_THAN_PRINT * cardHeight
}

/** The title's lines lie in this top share of the card (card-fields.ts looks for them there) */
const TITLE_BAND = 0.25
/** Only the English title is this many of its heights long in the title band (≈ 21–26, the Chinese title ≈ 11–13) */
const TITLE_LENGTH = 17

/** A box the English title may fill: long, in the card's top band. Read only when the title is still needed. */
export function mayBeWideTitle(quad: Quad, cardHeight: number): boolean {
  const xs = quad.map((p) => p[0])
  const ys = quad.map((p) => p[1])
  const height = Math.max(...ys) - Math.min(...ys)
  const centre = (Math.min(...ys) + Math.max(...ys)) / 2
  return centre < TITLE_BAND * cardHeight && Math.max(...xs) - Math.min(...xs) >= TITLE_LENGTH * height
}

/**
 * Whether the lines already read say the card is permanent as surely as its English title could: a title line
 * in the top band (香港 … 身份) with 永久 read, both characters at the bar. The English title then adds nothing
 * the permanent mark rests on (card-fields.ts takes the surest of the title's permanent words).
 */
export function permanentTitleRead(
  lines: readonly { text: string; chars: readonly { char: string; prob: number }[]; box: Quad }[],
): boolean {
  return lines.some((l) => {
    const ys = l.box.map((p) => p[1])
    if ((Math.min(...ys) + Math.max(...ys)) / 2 >= TITLE_BAND) return false
    if (!/香港|身份/.test(l.text) || /SPECIMEN|樣本|样本/.test(l.text)) return false
    const at = l.chars.findIndex((c, i) => c.char === '永' && l.chars[i + 1]?.char === '久')
    return at >= 0 && l.chars[at]!.prob >= SURE && l.chars[at + 1]!.prob >= SURE
  })
}

/** A value printed under a label of its own: the date of birth. Not the first issue (MM-YY): where its label
 *  is not detected, the symbols stand just above it (a drawn card lost its symbols so) */
const UNDER_A_LABEL = [/\d{2}-\d{2}-\d{4}/]
/** A label stands less than this many of its value's heights above it, its left edge within half a height */
const LABEL_GAP = 1

const extent = (q: Quad) => {
  const xs = q.map((p) => p[0])
  const ys = q.map((p) => p[1])
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) }
}

/** For each box, the nearest box printed just above it and aligned on its left edge (where a label stands). */
export function boxesJustAbove<B extends { quad: Quad }>(boxes: readonly B[]): Map<B, B> {
  const above = new Map<B, B>()
  for (const value of boxes) {
    const v = extent(value.quad)
    const h = v.y1 - v.y0
    let best: { box: B; gap: number } | null = null
    for (const box of boxes) {
      if (box === value) continue
      const b = extent(box.quad)
      const gap = v.y0 - b.y1
      if (b.y1 > v.y0 + 0.25 * h || gap > LABEL_GAP * h || Math.abs(b.x0 - v.x0) > 0.5 * h) continue
      if (!best || gap < best.gap) best = { box, gap }
    }
    if (best) above.set(value, best.box)
  }
  return above
}

/**
 * Whether a label candidate is printed smaller than the value under it, as the card's labels are: a box as tall
 * as the value or taller is print of the value's size (the telecodes standing just above a date of birth whose
 * label the detector missed), and is read.
 */
export function smallerThan(label: { quad: Quad }, value: { quad: Quad }): boolean {
  const height = (q: Quad) => extent(q).y1 - extent(q).y0
  return height(label.quad) < height(value.quad)
}

/**
 * Whether the box under a label candidate reads as a value the card prints under its own label: the label
 * (出生日期 Date of Birth, 簽發日期 Date of Issue) then carries no field and is not read. Left unread, it
 * cannot be taken for a name either.
 */
export function valueUnderLabel(text: string): boolean {
  return UNDER_A_LABEL.some((f) => f.test(compact(text)))
}
