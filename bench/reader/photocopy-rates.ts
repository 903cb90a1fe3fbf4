// How well the photocopy warning (-9102) tells a colour card from a grey copy: each OCR-bank photo straightened
// at the bank's true corners, as drawn and as two grey copies photographed (the card made grey, then the scene's
// own colour cast, or a full tungsten cast, put on and saved again as JPEG at the photo's quality, as a phone
// would); and the real specimens, in colour and as the same two grey copies. The grey copy is made of the straightened card, not the whole photo:
// one JPEG pass on a 12 MP photo costs seconds here, and the measure sees only the card.
// `tsx bench/reader/photocopy-rates.ts [tune|heldOut|all] [rows.json]` prints the spreads and the rates at the
// threshold, and writes every card's two spreads to rows.json when given.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { decodeImage } from '#server/image/decode-image.ts'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { findCard } from '#src/reader/1-find-card/find-card.ts'
import { rectangleQuad, warpQuad } from '#src/reader/2-straighten/perspective.ts'
import { CARD_HEIGHT, CARD_WIDTH } from '#src/reader/2-straighten/upright-card.ts'
import { colourSpread } from '#src/reader/7-warnings/card-colour.ts'
import { PHOTOCOPY_SPREAD_THRESHOLD } from '#src/reader/7-warnings/card-quality.ts'
import type { Quad } from '#src/reader/geometry.ts'
import type { RgbaImage } from '#src/reader/reader-image.ts'
import { OCR_BANK_DIR } from '#testing/banks/ocr-bank/make-ocr-bank.ts'
import { ocrBankManifestSchema } from '#testing/banks/ocr-bank/ocr-manifest.ts'
import { castGains, type CastName } from '#testing/banks/shared/scene-palette.ts'

const REAL_CARDS_DIR = 'testing/real-cards'

/** The card in grey, then tinted by the light's cast and saved again as the phone would. */
function greyCopy(photo: RgbaImage, cast: CastName, strength: number, quality: number): RgbaImage {
  const [gr, gg, gb] = castGains(cast, strength)
  const data = new Uint8Array(photo.data.length)
  for (let p = 0; p < data.length; p += 4) {
    const luma = 0.299 * photo.data[p]! + 0.587 * photo.data[p + 1]! + 0.114 * photo.data[p + 2]!
    data[p] = Math.min(255, Math.round(luma * gr))
    data[p + 1] = Math.min(255, Math.round(luma * gg))
    data[p + 2] = Math.min(255, Math.round(luma * gb))
    data[p + 3] = 255
  }
  return decodeImage(encodeJpeg({ width: photo.width, height: photo.height, data }, quality))
}

const straighten = (photo: RgbaImage, corners: Quad) => warpQuad(photo, corners, CARD_WIDTH, CARD_HEIGHT)

interface Row {
  id: string
  split: string
  group: string
  colour: number
  /** The grey copy under the scene's own cast, and under a full warm (tungsten) cast */
  grey: number
  greyWarm: number
}

function rates(rows: readonly Row[], threshold: number) {
  const falsePositives = rows.filter((r) => r.colour < threshold)
  const falseNegatives = rows.filter((r) => r.grey >= threshold || r.greyWarm >= threshold)
  const missed =
    rows.filter((r) => r.grey >= threshold).length + rows.filter((r) => r.greyWarm >= threshold).length
  return {
    cards: rows.length,
    falsePositiveRate: falsePositives.length / Math.max(1, rows.length),
    /** over both grey copies of every card */
    falseNegativeRate: missed / Math.max(1, 2 * rows.length),
    falsePositives: falsePositives.map((r) => `${r.id} (${r.group}) ${r.colour.toFixed(2)}`),
    falseNegatives: falseNegatives.map(
      (r) => `${r.id} (${r.group}) ${r.grey.toFixed(2)} ${r.greyWarm.toFixed(2)}`,
    ),
  }
}

const summary = (values: readonly number[]) => {
  const s = [...values].sort((a, b) => a - b)
  const at = (q: number) => (s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0).toFixed(2)
  return `min ${at(0)} p10 ${at(0.1)} median ${at(0.5)} p90 ${at(0.9)} max ${(s.at(-1) ?? 0).toFixed(2)}`
}

const only = process.argv[2] ?? 'all'
const manifest = ocrBankManifestSchema.parse(
  JSON.parse(readFileSync(join(OCR_BANK_DIR, 'manifest.json'), 'utf8')),
)
const bank: Row[] = []
for (const item of manifest.items) {
  if (only !== 'all' && item.split !== only) continue
  const photo = decodeImage(readFileSync(join(OCR_BANK_DIR, item.file)))
  const corners = item.card.storedCorners as Quad
  const card = straighten(photo, corners)
  bank.push({
    id: item.id,
    split: item.split,
    group: `${item.card.look.tint}/${item.card.look.version}`,
    colour: colourSpread(card),
    grey: colourSpread(greyCopy(card, item.cast.name, item.cast.strength, item.image.jpegQuality)),
    greyWarm: colourSpread(greyCopy(card, 'warm', 1, item.image.jpegQuality)),
  })
  if (bank.length % 20 === 0) console.error(`  ${bank.length} cards measured`)
}

const cards = JSON.parse(readFileSync(join(REAL_CARDS_DIR, 'cards.json'), 'utf8')) as {
  cards: { id: string; file: string }[]
}
const real: Row[] = cards.cards.map(({ id, file }) => {
  const photo = decodeImage(readFileSync(join(REAL_CARDS_DIR, file)))
  // as the reader does: the outline found, else the photo is the card (each is a crop of one)
  const corners = findCard(photo)?.corners ?? rectangleQuad(photo.width, photo.height)
  const card = straighten(photo, corners)
  return {
    id,
    split: 'real',
    group: 'specimen',
    colour: colourSpread(card),
    grey: colourSpread(greyCopy(card, 'none', 0, 85)),
    greyWarm: colourSpread(greyCopy(card, 'warm', 1, 85)),
  }
})

const report = (name: string, rows: readonly Row[]) => {
  if (!rows.length) return
  console.log(`\n${name}: ${rows.length} cards`)
  console.log(`  colour spread: ${summary(rows.map((r) => r.colour))}`)
  console.log(`  grey spread:   ${summary(rows.map((r) => r.grey))}`)
  console.log(`  grey, warm:    ${summary(rows.map((r) => r.greyWarm))}`)
  console.log(
    `  at threshold ${PHOTOCOPY_SPREAD_THRESHOLD}:`,
    JSON.stringify(rates(rows, PHOTOCOPY_SPREAD_THRESHOLD)),
  )
}
for (const split of ['tune', 'heldOut'] as const) {
  const rows = bank.filter((r) => r.split === split)
  report(`bank ${split}`, rows)
  for (const group of [...new Set(rows.map((r) => r.group))].sort())
    console.log(
      `    ${group.padEnd(20)} n=${rows.filter((r) => r.group === group).length} colour ${summary(rows.filter((r) => r.group === group).map((r) => r.colour))} | grey max ${Math.max(...rows.filter((r) => r.group === group).flatMap((r) => [r.grey, r.greyWarm])).toFixed(2)}`,
    )
}
report('real specimens', real)
for (const r of real)
  console.log(`    ${r.id.padEnd(24)} colour ${r.colour.toFixed(2)}  grey ${r.grey.toFixed(2)}`)
if (process.argv[3]) writeFileSync(process.argv[3], JSON.stringify({ bank, real }, null, 1))
