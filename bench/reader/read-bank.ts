// One contender reads one set in a process of its own, so its peak memory is its own:
// `tsx bench/reader/read-bank.ts <node|web|tesseract> <tune|heldOut|real-crops|real-photos> <out.json> [limit]`
// writes its readings as JSON.
import { readFileSync, writeFileSync } from 'node:fs'
import { decodeImage } from '#server/image/decode-image.ts'
import { readCardBytes } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels } from '#server/reader/reader-models.ts'
import type { ReaderModels } from '#src/reader/inference-model.ts'
import { readerFieldNames } from '#src/reader/local-reading.ts'
import { isBenchSet, loadSet } from './bench-sets.ts'
import type { Reading } from './score-readings.ts'
import { startTesseractPeer } from './tesseract-peer.ts'
import { loadWebReaderModels } from './web-runtime-models.ts'

export const contenders = ['node', 'web', 'tesseract'] as const
export type Contender = (typeof contenders)[number]

export interface BankRun {
  contender: Contender
  ids: string[]
  readings: Reading[]
  loadMs: number
  maxRssMB: number
}

const [contender = 'node', set = 'heldOut', outPath = 'reader-run.json', limitArg] = process.argv.slice(
  2,
) as [Contender?, string?, string?, string?]
if (!isBenchSet(set)) throw new Error(`no such set: ${set}`)
const items = loadSet(set).slice(0, limitArg ? Number(limitArg) : undefined)

const loadStarted = performance.now()
let models: ReaderModels | null = null
const peer = contender === 'tesseract' ? await startTesseractPeer() : null
if (contender === 'node') models = await loadReaderModels()
if (contender === 'web') models = await loadWebReaderModels()
const loadMs = performance.now() - loadStarted

const readings: Reading[] = []
for (const item of items) {
  const bytes = new Uint8Array(readFileSync(item.path))
  const started = performance.now()
  if (peer) {
    const card = await peer.read(decodeImage(bytes))
    readings.push({
      fields: card.fields,
      uncertain: card.uncertain,
      unconfirmedChars: card.characters.filter((c) => !c.confirmed).length,
      ms: performance.now() - started,
    })
    continue
  }
  const { Response: r } = await readCardBytes(bytes, { models: models!, requestId: item.id })
  const ms = performance.now() - started
  if ('Error' in r)
    readings.push({ fields: null, uncertain: [], unconfirmedChars: 0, ms, error: r.Error.Code })
  else
    readings.push({
      fields: Object.fromEntries(readerFieldNames.map((name) => [name, r[name]])) as Reading['fields'],
      uncertain: r.LocalReading.UncertainFields,
      unconfirmedChars: r.LocalReading.ChineseNameCharacters.filter((c) => !c.confirmed).length,
      ms,
    })
}
await peer?.close()
const run: BankRun = {
  contender,
  ids: items.map((i) => i.id),
  readings,
  loadMs,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
}
writeFileSync(outPath, JSON.stringify(run))
// onnxruntime-web's worker threads keep the process alive
process.exit(0)
