// Shows how the reader saw a bank card, to find why a field went missing: the full reading, then for each way
// of finding the card (its outline, its text) the straightened card with the detected lines drawn in red
// (PNG under the temp folder) and each line's box and text. Tuning part only —
// `tsx bench/reader/inspect-card.ts ocr-0074 [ocr-0105 …]`.
import { readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { decodeImage } from '#server/image/decode-image.ts'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels } from '#server/reader/reader-models.ts'
import { CARD_HEIGHT, CARD_WIDTH } from '#src/reader/2-straighten/upright-card.ts'
import { interpretCardLines } from '#src/reader/6-confidence/card-reading.ts'
import { findCard } from '#src/reader/1-find-card/find-card.ts'
import { findCardByText } from '#src/reader/1-find-card/find-card-by-text.ts'
import { warpQuad } from '#src/reader/2-straighten/perspective.ts'
import { readCard } from '#src/reader/read-card.ts'
import { readCardText, type CardLine } from '#src/reader/3-text/read-card-text.ts'
import type { RgbaImage } from '#src/reader/reader-image.ts'
import { OCR_BANK_DIR, OCR_BANK_MANIFEST } from '#testing/banks/ocr-bank/make-ocr-bank.ts'
import { ocrBankManifestSchema } from '#testing/banks/ocr-bank/ocr-manifest.ts'

function drawLines(card: RgbaImage, lines: readonly CardLine[]): Buffer {
  const { width: W, height: H } = card
  const png = new PNG({ width: W, height: H })
  png.data = Buffer.from(card.data)
  for (const l of lines)
    for (let k = 0; k < 4; k++) {
      const a = l.box[k]!
      const b = l.box[(k + 1) % 4]!
      for (let t = 0; t <= 1; t += 0.002) {
        const x = Math.round((a[0] + (b[0] - a[0]) * t) * W)
        const y = Math.round((a[1] + (b[1] - a[1]) * t) * H)
        if (x >= 0 && y >= 0 && x < W && y < H) png.data.set([255, 0, 0, 255], (y * W + x) * 4)
      }
    }
  return PNG.sync.write(png)
}

const manifest = ocrBankManifestSchema.parse(JSON.parse(readFileSync(OCR_BANK_MANIFEST, 'utf8')))
const models = await loadReaderModels()
const tables = decodeTables()
for (const id of process.argv.slice(2)) {
  const item = manifest.items.find((i) => i.id === id)
  if (item?.split !== 'tune') {
    console.log(`${id}: not a card of the tuning part`)
    continue
  }
  const photo = decodeImage(new Uint8Array(readFileSync(join(OCR_BANK_DIR, item.file))))
  const full = await readCard(photo, models, tables)
  console.log(`${id} read as`, full.ok ? JSON.stringify(full.fields) : full.code)
  const ways = {
    outline: findCard(photo)?.corners,
    text: (await findCardByText(photo, models.detector))?.corners,
  }
  for (const [way, corners] of Object.entries(ways)) {
    if (!corners) {
      console.log(`  found by ${way}: no`)
      continue
    }
    const text = await readCardText(models, photo, corners, warpQuad(photo, corners, CARD_WIDTH, CARD_HEIGHT))
    const png = join(tmpdir(), `inspect-${id}-${way}.png`)
    writeFileSync(png, drawLines(text.card, text.lines))
    console.log(`  found by ${way}${text.turned ? ', turned' : ''}: ${png}`)
    for (const l of [...text.lines].sort((a, b) => a.box[0][1] - b.box[0][1]))
      console.log(
        `    ${l.box.map((p) => `${p[0].toFixed(3)},${p[1].toFixed(3)}`).join(' ')}  ${l.detectionScore.toFixed(2)}  ${JSON.stringify(l.text)}`,
      )
    const card = interpretCardLines(text.lines, tables)
    console.log(`    fields ${JSON.stringify(card.fields)}; to check: ${card.uncertain.join(', ')}`)
  }
}
process.exit(0)
