// Lists the fields a saved bank run got wrong, card by card, to look for a shared cause on the tuning part:
// `tsx bench/reader/read-bank.ts node tune run.json && tsx bench/reader/list-misses.ts run.json`
import { readFileSync } from 'node:fs'
import { OCR_BANK_MANIFEST } from '#testing/banks/ocr-bank/make-ocr-bank.ts'
import { ocrBankManifestSchema } from '#testing/banks/ocr-bank/ocr-manifest.ts'
import type { BankRun } from './read-bank.ts'
import { percentile, scoreReadings, summary } from './score-readings.ts'

const [runPath = 'reader-run.json'] = process.argv.slice(2)
const run = JSON.parse(readFileSync(runPath, 'utf8')) as BankRun
const manifest = ocrBankManifestSchema.parse(JSON.parse(readFileSync(OCR_BANK_MANIFEST, 'utf8')))
const byId = new Map(manifest.items.map((i) => [i.id, i]))
const items = run.ids.map((id) => byId.get(id)!)
const scores = scoreReadings(items, run.readings)
console.log(summary(run.contender, scores))
console.log(`p50 ${percentile(scores.times, 50).toFixed(0)} ms`)
for (const miss of scores.misses) {
  const item = byId.get(miss.split(' ')[0]!)!
  console.log(`${miss} — ${item.condition} ${item.degradations.join('+')} ${item.card.look.version}`)
}
