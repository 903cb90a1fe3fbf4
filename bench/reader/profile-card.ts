// Where a card's time goes: decode, finding the card, and each model's runs (detection, direction, recognition
// line by line), over a few cards of the tuning part —
// `tsx bench/reader/profile-card.ts [cards=10]`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeScaled } from '#server/image/decode-scaled.ts'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels } from '#server/reader/reader-models.ts'
import type { InferenceModel, ReaderModels } from '#src/reader/inference-model.ts'
import { readCard } from '#src/reader/read-card.ts'
import { OCR_BANK_DIR, OCR_BANK_MANIFEST } from '#testing/banks/ocr-bank/make-ocr-bank.ts'
import { ocrBankManifestSchema } from '#testing/banks/ocr-bank/ocr-manifest.ts'
import { percentile } from './score-readings.ts'

const [count = '10'] = process.argv.slice(2)
const manifest = ocrBankManifestSchema.parse(JSON.parse(readFileSync(OCR_BANK_MANIFEST, 'utf8')))
const items = manifest.items.filter((i) => i.split === 'tune').slice(0, Number(count))

const spent: Record<string, number[]> = {}
const add = (stage: string, ms: number) => (spent[stage] ??= []).push(ms)
let perCard: Record<string, number> = {}
function timed(name: string, model: InferenceModel): InferenceModel {
  return {
    async run(tensor) {
      const started = performance.now()
      const out = await model.run(tensor)
      perCard[name] = (perCard[name] ?? 0) + performance.now() - started
      perCard[`${name} runs`] = (perCard[`${name} runs`] ?? 0) + 1
      return out
    },
  }
}
const loaded = await loadReaderModels()
const models: ReaderModels = {
  ...loaded,
  detector: timed('detection', loaded.detector),
  recognizer: timed('recognition', loaded.recognizer),
  orientation: timed('direction', loaded.orientation),
}
const tables = decodeTables()
// one card first so the first runs' set-up is not counted
const first = await decodeScaled(new Uint8Array(readFileSync(join(OCR_BANK_DIR, items[0]!.file))))
await readCard(first.image, models, tables)
for (const item of items) {
  perCard = {}
  const bytes = new Uint8Array(readFileSync(join(OCR_BANK_DIR, item.file)))
  const started = performance.now()
  const cpu = process.cpuUsage()
  // as the adapter decodes: a large JPEG at a reduced scale
  const { image: photo } = await decodeScaled(bytes)
  add('decode', performance.now() - started)
  const reading = await readCard(photo, models, tables)
  add('total', performance.now() - started)
  const used = process.cpuUsage(cpu)
  add('cpu total', (used.user + used.system) / 1000)
  if (reading.ok) add('find card', reading.timings.findMs)
  for (const [k, v] of Object.entries(perCard)) add(k, v)
}
for (const [stage, values] of Object.entries(spent))
  console.log(
    `${stage.padEnd(16)} p50 ${percentile(values, 50).toFixed(0).padStart(6)}  mean ${(values.reduce((a, b) => a + b, 0) / values.length).toFixed(0).padStart(6)}`,
  )
process.exit(0)
