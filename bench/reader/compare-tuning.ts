// Runtime tunings compared card by card in one process, each card read by every variant in turn (rotating the
// order), so a shared machine's load falls on all alike: time per card and fields that differ from the default.
// Tuning part only. `tsx bench/reader/compare-tuning.ts [cards=15] [variants=default,batch4,…]`
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeImage } from '#server/image/decode-image.ts'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels } from '#server/reader/reader-models.ts'
import type { ReaderTuning } from '#src/reader/inference-model.ts'
import { readCard } from '#src/reader/read-card.ts'
import { OCR_BANK_DIR, OCR_BANK_MANIFEST } from '#testing/banks/ocr-bank/make-ocr-bank.ts'
import { ocrBankManifestSchema } from '#testing/banks/ocr-bank/ocr-manifest.ts'
import { percentile } from './score-readings.ts'

const VARIANTS: Record<string, ReaderTuning> = {
  default: {},
  batch4: { recognitionBatch: 4 },
  batch8: { recognitionBatch: 8 },
  det736: { detectionSide: 736 },
  det640: { detectionSide: 640 },
}
const [count = '15', only] = process.argv.slice(2)
const manifest = ocrBankManifestSchema.parse(JSON.parse(readFileSync(OCR_BANK_MANIFEST, 'utf8')))
const items = manifest.items.filter((i) => i.split === 'tune').slice(0, Number(count))
const models = await loadReaderModels()
const tables = decodeTables()
const names = only ? only.split(',') : Object.keys(VARIANTS)
const times: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]))
const differ: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]))
const rightOf: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]))
for (const [k, item] of items.entries()) {
  const photo = decodeImage(new Uint8Array(readFileSync(join(OCR_BANK_DIR, item.file))))
  const fields: Record<string, string> = {}
  for (let j = 0; j < names.length; j++) {
    const name = names[(j + k) % names.length]!
    const started = performance.now()
    const r = await readCard(photo, { ...models, tuning: VARIANTS[name] }, tables)
    times[name]!.push(performance.now() - started)
    fields[name] = r.ok ? JSON.stringify(r.fields) : r.code
    if (r.ok)
      rightOf[name]! += Object.entries(item.truth).filter(
        ([f, v]) => String(r.fields[f as keyof typeof r.fields]) === String(v),
      ).length
  }
  for (const n of names) if (fields[n] !== fields.default) differ[n]!++
}
for (const n of names)
  console.log(
    `${n.padEnd(8)} p50 ${percentile(times[n]!, 50).toFixed(0).padStart(5)} ms  mean ${(times[n]!.reduce((a, b) => a + b, 0) / items.length).toFixed(0).padStart(5)} ms  fields right ${rightOf[n]}  cards reading otherwise ${differ[n]}`,
  )
process.exit(0)
