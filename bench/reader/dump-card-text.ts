// Saves what stage 3 read on every card of a set (its lines and runs, as readCard would keep them), so the field
// rules of stages 4–6 can be tried again in seconds without the models (`replay-fields.ts`). Tuning aid:
// `tsx bench/reader/dump-card-text.ts <tune|heldOut|real-crops|real-photos>[:n] <out.json> [limit] [design]`
// (`:n` every n-th card, as speed-sets.ts samples; design: only the bank's cards drawn in it, e.g. real-like).
// The file is written after every card.
import { readFileSync, writeFileSync } from 'node:fs'
import { decodeScaled } from '#server/image/decode-scaled.ts'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels } from '#server/reader/reader-models.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import { findCard } from '#src/reader/1-find-card/find-card.ts'
import { findCardByText } from '#src/reader/1-find-card/find-card-by-text.ts'
import { rectangleQuad, warpQuad } from '#src/reader/2-straighten/perspective.ts'
import { CARD_HEIGHT, CARD_WIDTH } from '#src/reader/2-straighten/upright-card.ts'
import { readCardText, type CardLine } from '#src/reader/3-text/read-card-text.ts'
import { interpretCardLines } from '#src/reader/6-confidence/card-reading.ts'
import type { Quad } from '#src/reader/geometry.ts'
import { readSexCell } from '#src/reader/4-fields/sex-beside-birthday.ts'
import { isBenchSet, loadSet } from './bench-sets.ts'

export interface DumpedCard {
  id: string
  lines: CardLine[] | null
  runs: CardLine[]
  /** The cell beside the date of birth read on its own (readCard reads it when no sex was found) */
  sexCell: CardLine | null
}

const [spec = 'tune', outPath = 'card-text.json', limitArg, design] = process.argv.slice(2)
const [set = '', every = '1'] = spec.split(':')
if (!isBenchSet(set)) throw new Error(`no such set: ${set}`)
const items = loadSet(set)
  .filter((_, i) => i % Number(every) === 0)
  .filter((item) => !design || item.group.startsWith(`${design} design`))
  .slice(0, limitArg ? Number(limitArg) : undefined)
const models = await loadReaderModels()
const tables = decodeTables()
const CORE = ['IdNum', 'EnName', 'Birthday', 'CurrentIssueDate'] as const

const cards: DumpedCard[] = []
for (const item of items) {
  const { image: photo } = await decodeScaled(new Uint8Array(readFileSync(item.path)))
  // the same choices as readCard: the outline, else the text's; the other way up when a core field is missing
  const found = findCard(photo)
  const aspect = photo.width / photo.height
  const corners =
    found?.corners ?? (Math.abs(aspect - ID1_ASPECT) < 0.2 ? rectangleQuad(photo.width, photo.height) : null)
  const readAt = async (quad: Quad, turn?: boolean) => {
    const text = await readCardText(models, photo, quad, warpQuad(photo, quad, CARD_WIDTH, CARD_HEIGHT), turn)
    const card = interpretCardLines(text.lines, tables, text.runs)
    return { quad, text, count: CORE.filter((f) => card.fields[f] !== '').length }
  }
  let reading = corners ? await readAt(corners) : null
  if (!reading || reading.count < CORE.length) {
    const byText = await findCardByText(photo, models.detector)
    const second = byText ? await readAt(byText.corners) : null
    if (second && (!reading || second.count > reading.count)) reading = second
  }
  if (reading && reading.count < CORE.length) {
    const other = await readAt(reading.quad, !reading.text.turned)
    if (other.count > reading.count) reading = other
  }
  const sexCell = reading ? await readSexCell(models, photo, reading.text.corners, reading.text.lines) : null
  cards.push({ id: item.id, lines: reading?.text.lines ?? null, runs: reading?.text.runs ?? [], sexCell })
  writeFileSync(outPath, JSON.stringify(cards))
  process.stderr.write('.')
}
process.exit(0)
