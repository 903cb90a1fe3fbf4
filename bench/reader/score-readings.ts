// Scores readings of the OCR bank against its ground truth, field by field: right, wrong, and wrong while the
// reader called itself sure (the count that must be 0); clean and degraded scenes apart.
import type { OcrBankItem } from '#testing/banks/ocr-bank/ocr-manifest.ts'
import { readerFieldNames, type ReaderFieldName } from '#src/reader/local-reading.ts'

export interface Reading {
  /** null when the reader answered with an error (no card, decode failure) */
  fields: { [K in ReaderFieldName]: string | number } | null
  uncertain: readonly ReaderFieldName[]
  /** Chinese name characters the reader gave without the code and the reading agreeing */
  unconfirmedChars: number
  ms: number
  error?: string
}

export interface FieldTally {
  right: number
  total: number
  confidentWrong: number
  flagged: number
}

export interface Scores {
  cards: number
  perField: Record<ReaderFieldName, FieldTally>
  byCondition: Record<'clean' | 'degraded', { right: number; total: number; cards: number; allRight: number }>
  allRight: number
  confidentWrong: number
  /** Chinese characters in a name the reader did not flag though a character was unconfirmed */
  unconfirmedAccepted: number
  errors: number
  times: number[]
  /** Examples of wrong fields, for the notes */
  misses: string[]
}

const same = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '')

export function scoreReadings(items: readonly OcrBankItem[], readings: readonly Reading[]): Scores {
  const perField = Object.fromEntries(
    readerFieldNames.map((n) => [n, { right: 0, total: 0, confidentWrong: 0, flagged: 0 }]),
  ) as Record<ReaderFieldName, FieldTally>
  const byCondition = {
    clean: { right: 0, total: 0, cards: 0, allRight: 0 },
    degraded: { right: 0, total: 0, cards: 0, allRight: 0 },
  }
  const scores: Scores = {
    cards: items.length,
    perField,
    byCondition,
    allRight: 0,
    confidentWrong: 0,
    unconfirmedAccepted: 0,
    errors: 0,
    times: [],
    misses: [],
  }
  items.forEach((item, i) => {
    const r = readings[i]!
    scores.times.push(r.ms)
    if (!r.fields) scores.errors++
    const c = byCondition[item.condition]
    c.cards++
    let all = true
    for (const name of readerFieldNames) {
      const truth = item.truth[name]
      const value = r.fields?.[name] ?? ''
      const ok = r.fields !== null && same(value, truth)
      const flagged = r.fields === null || r.uncertain.includes(name)
      const tally = perField[name]
      tally.total++
      c.total++
      if (ok) {
        tally.right++
        c.right++
      } else {
        all = false
        if (!flagged) {
          tally.confidentWrong++
          scores.confidentWrong++
        }
        if (scores.misses.length < 400)
          scores.misses.push(
            `${item.id} ${name}: ${JSON.stringify(value)} ≠ ${JSON.stringify(truth)}${flagged ? ' (flagged)' : ' (CONFIDENT)'}${r.error ? ` [${r.error}]` : ''}`,
          )
      }
      if (flagged) tally.flagged++
    }
    if (r.fields && !r.uncertain.includes('CnName')) scores.unconfirmedAccepted += r.unconfirmedChars
    if (all) {
      scores.allRight++
      c.allRight++
    }
  })
  return scores
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}

export function summary(label: string, s: Scores): string {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—') + ' %'
  const lines = [
    `${label}: ${s.cards} cards — fields right ${pct(s.byCondition.clean.right + s.byCondition.degraded.right, s.byCondition.clean.total + s.byCondition.degraded.total)}; clean ${pct(s.byCondition.clean.right, s.byCondition.clean.total)}, degraded ${pct(s.byCondition.degraded.right, s.byCondition.degraded.total)}; every field right on ${pct(s.allRight, s.cards)} of cards; confident-but-wrong ${s.confidentWrong}; unconfirmed Chinese characters accepted ${s.unconfirmedAccepted}; errors ${s.errors}; p50 ${percentile(s.times, 50).toFixed(0)} ms, p95 ${percentile(s.times, 95).toFixed(0)} ms`,
    '  ' +
      readerFieldNames
        .map(
          (n) =>
            `${n} ${pct(s.perField[n].right, s.perField[n].total)} (flagged ${s.perField[n].flagged}, sure&wrong ${s.perField[n].confidentWrong})`,
        )
        .join('\n  '),
  ]
  return lines.join('\n')
}
