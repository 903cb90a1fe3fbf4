// Scores readings row by row of the bench: items grouped (real specimens apart from drawn cards, the OCR bank by
// design and generation), each counting only its visible fields. Per row: fields right, right fields that were
// flagged anyway (an operator who must check every field stops reading the flags), fields sure and wrong.
import { readerFieldNames, type ReaderFieldName } from '#src/reader/local-reading.ts'
import { percentile, type Reading } from './score-readings.ts'

export interface ScoredItem {
  id: string
  /** The row it counts in */
  group: string
  truth: { readonly [K in ReaderFieldName]: string | number }
  /** Fields the picture hides: not counted */
  obscured?: readonly ReaderFieldName[]
}

export interface GroupScore {
  group: string
  cards: number
  /** Visible fields read */
  fields: number
  right: number
  /** Right fields the reader flagged as unsure */
  rightFlagged: number
  /** Wrong fields the reader did not flag: must be 0 */
  sureWrong: number
  /** Readings that ended in an error (no card found, …): every field counted wrong and flagged */
  errors: number
  times: number[]
  misses: string[]
}

/** The designs a bank card may be drawn in; a bank without the field is all 'drawn'. */
export function designOf(item: object): string {
  const design = (item as { design?: unknown }).design
  return typeof design === 'string' ? design : 'drawn'
}

/** The OCR bank's row for an item: its design and its card generation. */
export function bankGroup(item: { truth: { HKIDVersion: string } }): string {
  return `${designOf(item)} design, ${item.truth.HKIDVersion}`
}

const same = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '')

/** Groups in the order they first appear; `readings[i]` is the reading of `items[i]`. */
export function scoreGroups(items: readonly ScoredItem[], readings: readonly Reading[]): GroupScore[] {
  if (items.length !== readings.length) throw new Error('one reading per item')
  const groups = new Map<string, GroupScore>()
  items.forEach((item, i) => {
    const r = readings[i]!
    let g = groups.get(item.group)
    if (!g) {
      g = {
        group: item.group,
        cards: 0,
        fields: 0,
        right: 0,
        rightFlagged: 0,
        sureWrong: 0,
        errors: 0,
        times: [],
        misses: [],
      }
      groups.set(item.group, g)
    }
    g.cards++
    g.times.push(r.ms)
    if (!r.fields) g.errors++
    for (const name of readerFieldNames) {
      if (item.obscured?.includes(name)) continue
      const value = r.fields?.[name] ?? ''
      const ok = r.fields !== null && same(value, item.truth[name])
      const flagged = r.fields === null || r.uncertain.includes(name)
      g.fields++
      if (ok) {
        g.right++
        if (flagged) g.rightFlagged++
        continue
      }
      if (!flagged) g.sureWrong++
      g.misses.push(
        `${item.id} ${name}: ${JSON.stringify(value)} ≠ ${JSON.stringify(item.truth[name])}${flagged ? ' (flagged)' : ' (SURE)'}${r.error ? ` [${r.error}]` : ''}`,
      )
    }
  })
  return [...groups.values()]
}

const pct = (part: number, whole: number) => (whole ? (100 * part) / whole : NaN)
export const fieldsRight = (g: GroupScore) => pct(g.right, g.fields)
export const flaggedRight = (g: GroupScore) => pct(g.rightFlagged, g.right)
export const p50 = (g: GroupScore) => percentile(g.times, 50)

/** Every group as one (a set's total row). */
export function mergeGroups(group: string, parts: readonly GroupScore[]): GroupScore {
  return parts.reduce<GroupScore>(
    (all, g) => ({
      group,
      cards: all.cards + g.cards,
      fields: all.fields + g.fields,
      right: all.right + g.right,
      rightFlagged: all.rightFlagged + g.rightFlagged,
      sureWrong: all.sureWrong + g.sureWrong,
      errors: all.errors + g.errors,
      times: [...all.times, ...g.times],
      misses: [...all.misses, ...g.misses],
    }),
    { group, cards: 0, fields: 0, right: 0, rightFlagged: 0, sureWrong: 0, errors: 0, times: [], misses: [] },
  )
}
