// Tries the field rules (stages 4–6) again on what `dump-card-text.ts` saved, without the models: fields right,
// right fields flagged anyway, sure and wrong per row, and for every field why its right values were flagged —
// below the confidence bar, or a failed check — to find the rules that flag right values without evidence of
// doubt. `tsx bench/reader/replay-fields.ts <set> <dump.json> [--misses] [--flagged Field]`
import { readFileSync } from 'node:fs'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import { extractFields } from '#src/reader/4-fields/card-fields.ts'
import { CONFIDENT_AT, interpretCardLines } from '#src/reader/6-confidence/card-reading.ts'
import { readerFieldNames, type ReaderFieldName } from '#src/reader/local-reading.ts'
import { isBenchSet, loadSet } from './bench-sets.ts'
import type { DumpedCard } from './dump-card-text.ts'
import { fieldsRight, flaggedRight, mergeGroups, scoreGroups } from './score-groups.ts'
import type { Reading } from './score-readings.ts'

const [set = 'tune', dumpPath = 'card-text.json', ...flags] = process.argv.slice(2)
if (!isBenchSet(set)) throw new Error(`no such set: ${set}`)
const showMisses = flags.includes('--misses')
const noSexCell = flags.includes('--no-sex-cell')
const calibrate = flags.includes('--calibrate')
const showFlagged = flags.includes('--flagged') ? flags[flags.indexOf('--flagged') + 1] : undefined
const dumped = JSON.parse(readFileSync(dumpPath, 'utf8')) as DumpedCard[]
const byId = new Map(loadSet(set).map((item) => [item.id, item]))
const items = dumped.map((d) => byId.get(d.id)!)
const tables = decodeTables()
const same = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '')

const why = new Map<ReaderFieldName, { low: number; check: number }>()
const readings = dumped.map((d, i): Reading => {
  if (!d.lines) return { fields: null, uncertain: [], unconfirmedChars: 0, ms: 0, error: 'no card' }
  let lines = d.lines
  let card = interpretCardLines(lines, tables, d.runs)
  if (card.fields.Sex === '' && d.sexCell && !noSexCell) {
    lines = [...lines, d.sexCell]
    card = interpretCardLines(lines, tables, d.runs)
  }
  const raw = extractFields(lines, d.runs) as unknown as Record<string, { confidence: number }>
  const item = items[i]!
  for (const name of card.uncertain) {
    if (!same(card.fields[name], item.truth[name]) || item.obscured?.includes(name)) continue
    const tally = why.get(name) ?? { low: 0, check: 0 }
    // a field of stage 4 below the bar is low; a flag on a field read at or above it is a failed check
    const confidence = raw[name]?.confidence ?? card.confidence[name] ?? 0
    if (confidence < CONFIDENT_AT) tally.low++
    else tally.check++
    why.set(name, tally)
    if (showFlagged === name)
      console.log(`${d.id} ${name} ${JSON.stringify(card.fields[name])} conf ${confidence.toFixed(3)}`)
  }
  if (calibrate)
    for (const name of readerFieldNames) {
      if (item.obscured?.includes(name)) continue
      const r = raw[name] as { confidence: number; valid?: boolean } | undefined
      const right = same(card.fields[name], item.truth[name])
      console.log(
        `CAL ${name} ${right ? 'right' : 'wrong'} ${(r?.confidence ?? card.confidence[name] ?? 0).toFixed(3)} ${r?.valid ?? '-'} ${card.uncertain.includes(name) ? 'flagged' : 'sure'} ${d.id}`,
      )
    }
  const fields = card.fields as unknown as Reading['fields']
  return { fields, uncertain: card.uncertain, unconfirmedChars: 0, ms: 0 }
})

const groups = scoreGroups(items, readings)
const pct = (n: number) => `${n.toFixed(1)} %`
for (const g of [...groups, mergeGroups(`${set} (all)`, groups)])
  console.log(
    `${g.group}: ${g.cards} cards, fields right ${pct(fieldsRight(g))} (${g.right}/${g.fields}), right but flagged ${pct(flaggedRight(g))} (${g.rightFlagged}), sure and wrong ${g.sureWrong}, errors ${g.errors}`,
  )
console.log('right but flagged, by field (below the bar / a failed check):')
for (const name of readerFieldNames) {
  const t = why.get(name)
  if (t) console.log(`  ${name}: ${t.low + t.check} (${t.low} / ${t.check})`)
}
if (showMisses) for (const g of groups) for (const m of g.misses) console.log(m)
