// Tries recogniser work left out (src/reader/3-text/rows-to-read.ts) on what `dump-card-text.ts` saved: the
// fields with every run read whole and with only the runs the rules keep, card by card, and the recogniser
// columns each needs (a line's output steps × 8). Counts, not times. Tuning aid:
// `tsx bench/reader/replay-skips.ts <set> <dump.json> [--changes]`
import { readFileSync } from 'node:fs'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import type { CardLine } from '#src/reader/3-text/read-card-text.ts'
import {
  boxesJustAbove,
  holdsNoField,
  valueUnderLabel,
  mayBeWideTitle,
  permanentTitleRead,
  wholeReadingNeeded,
} from '#src/reader/3-text/rows-to-read.ts'
import { CARD_HEIGHT, CARD_WIDTH } from '#src/reader/2-straighten/upright-card.ts'
import { interpretCardLines } from '#src/reader/6-confidence/card-reading.ts'
import type { Quad } from '#src/reader/geometry.ts'
import { parseEnglishName } from '#src/reader/4-fields/english-name.ts'
import { lineText } from '#src/reader/4-fields/line-text.ts'
import { isBenchSet, loadSet } from './bench-sets.ts'
import type { DumpedCard } from './dump-card-text.ts'
import { fieldsRight, flaggedRight, mergeGroups, scoreGroups } from './score-groups.ts'
import type { Reading } from './score-readings.ts'

const [set = 'tune', dumpPath = 'card-text.json', ...flags] = process.argv.slice(2)
if (!isBenchSet(set)) throw new Error(`no such set: ${set}`)
const showChanges = flags.includes('--changes')
const dumped = JSON.parse(readFileSync(dumpPath, 'utf8')) as DumpedCard[]
const byId = new Map(loadSet(set).map((item) => [item.id, item]))
const items = dumped.map((d) => byId.get(d.id)!)
const tables = decodeTables()
const columns = (ls: readonly CardLine[]) => ls.reduce((s, l) => s + l.steps * 8, 0)
const inPixels = (q: Quad): Quad => q.map((p) => [p[0] * CARD_WIDTH, p[1] * CARD_HEIGHT]) as unknown as Quad

/** Tried: a name's run not read whole when its boxes alone parse with a comma read and capitals as printed */
const nameParses = (parts: readonly CardLine[]) => {
  const name = parseEnglishName(parts.map((p) => p.text).join(' '))
  return !!name && !name.commaGuessed && !name.corrected && parts.every((p) => /[A-Za-z]/.test(p.text))
}

type Variant = (d: DumpedCard) => { lines: CardLine[]; runs: CardLine[] }
const variants: Record<string, Variant> = {
  before: (d) => ({ lines: d.lines!, runs: d.runs }),
  after: (d) => {
    // as read-card-text.ts does: no upright marks; labels over a value printed under one; the wide title only
    // when the Chinese one left it needed
    const kept = d.lines!.filter((l) => !holdsNoField(inPixels(l.box), CARD_HEIGHT))
    const boxes = kept.map((l) => ({ l, quad: inPixels(l.box) }))
    const unread = new Map<CardLine, 'title' | 'label'>()
    const below = new Map<(typeof boxes)[number], (typeof boxes)[number][]>()
    for (const [value, label] of boxesJustAbove(boxes)) below.set(label, [...(below.get(label) ?? []), value])
    const wide = boxes.filter((b) => mayBeWideTitle(b.quad, CARD_HEIGHT))
    const decided = new Set(boxes.filter((b) => !wide.includes(b) && !below.has(b)))
    let waiting = boxes.filter((b) => !wide.includes(b) && below.has(b))
    while (waiting.length) {
      const ready = waiting.filter((b) => below.get(b)!.every((v) => decided.has(v)))
      const round = ready.length ? ready : waiting
      for (const b of round) {
        const label = below
          .get(b)!
          .some((v) => decided.has(v) && !unread.has(v.l) && valueUnderLabel(lineText(v.l).text))
        if (label) unread.set(b.l, 'label')
      }
      for (const b of round) decided.add(b)
      waiting = waiting.filter((b) => !round.includes(b))
    }
    const readSoFar = kept.filter((l) => !unread.has(l) && !wide.some((b) => b.l === l))
    if (wide.length && permanentTitleRead(readSoFar)) for (const b of wide) unread.set(b.l, 'title')
    const lines = kept.map((l): CardLine => {
      const u = unread.get(l)
      return u ? { ...l, text: '', chars: [], confidence: 0, steps: 0, contentShare: 0, unread: u } : l
    })
    // a saved run's parts are copies of its lines: the same box is the same line
    const unreadBoxes = new Set(lines.filter((l) => l.unread).map((l) => JSON.stringify(l.box)))
    return {
      lines,
      runs: d.runs.filter(
        (r) =>
          !(r.parts ?? []).some((p) => unreadBoxes.has(JSON.stringify(p.box))) &&
          wholeReadingNeeded(r.parts ?? []),
      ),
    }
  },
}

variants.names = (d) => {
  const after = variants.after!(d)
  return { ...after, runs: after.runs.filter((r) => !nameParses(r.parts ?? [])) }
}

const results: Record<string, { readings: Reading[]; cols: number[] }> = {}
for (const [name, variant] of Object.entries(variants)) {
  const readings: Reading[] = []
  const cols: number[] = []
  for (const d of dumped) {
    if (!d.lines) {
      readings.push({ fields: null, uncertain: [], unconfirmedChars: 0, ms: 0, error: 'no card' })
      cols.push(0)
      continue
    }
    const { lines, runs } = variant(d)
    let card = interpretCardLines(lines, tables, runs)
    let work = columns(lines) + columns(runs)
    if (card.fields.Sex === '' && d.sexCell) {
      card = interpretCardLines([...lines, d.sexCell], tables, runs)
      work += columns([d.sexCell])
    }
    cols.push(work)
    readings.push({
      fields: card.fields as unknown as Reading['fields'],
      uncertain: card.uncertain,
      unconfirmedChars: 0,
      ms: 0,
    })
  }
  results[name] = { readings, cols }
  const groups = scoreGroups(items, readings)
  const all = mergeGroups(`${set} (all)`, groups)
  const mean = cols.reduce((a, b) => a + b, 0) / Math.max(1, cols.length)
  console.log(
    `${name.padEnd(8)} ${all.cards} cards  right ${all.right}/${all.fields} (${fieldsRight(all).toFixed(1)} %)  ` +
      `flagged ${flaggedRight(all).toFixed(1)} % (${all.rightFlagged})  sure&wrong ${all.sureWrong}  ` +
      `recogniser columns (mean, dumped pass) ${mean.toFixed(0)}`,
  )
}
if (showChanges) {
  const [a, b] = [results.before!.readings, results[process.env.REPLAY_AGAINST ?? 'after']!.readings]
  a.forEach((r, i) => {
    for (const [k, v] of Object.entries(r.fields ?? {})) {
      const w = (b[i]!.fields as Record<string, unknown> | null)?.[k]
      const fa = r.uncertain.includes(k as never)
      const fb = b[i]!.uncertain.includes(k as never)
      if (String(v) !== String(w) || fa !== fb)
        console.log(
          `${dumped[i]!.id} ${k}: ${JSON.stringify(v)}${fa ? '?' : ''} → ${JSON.stringify(w)}${fb ? '?' : ''}`,
        )
    }
  })
}
process.exit(0)
