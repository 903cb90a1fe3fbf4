// The OCR bank: ≥ 200 synthetic HKIDs photographed in varied scenes, with ground truth and a held-out part.
// `npm run bank:ocr` (re)draws it into testing/.generated/ocr-bank/ when its generator changed; --force always.
// Benches call ensureOcrBank(). Everything is drawn: no real card, no real person.
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { REFERENCE_DATE } from '#testing/cards/card-identity.ts'
import { withBankBrowser } from '#testing/banks/shared/bank-browser.ts'
import { ensureBank, type BankOptions } from '#testing/banks/shared/bank-build.ts'
import { BANKS_DIR, SHARED_SOURCES, sourceHash } from '#testing/banks/shared/bank-files.ts'
import { assignSplits, HELD_OUT_SHARE } from '#testing/banks/shared/split.ts'
import { ocrBankManifestSchema, type OcrBankManifest } from './ocr-manifest.ts'
import { OCR_BANK_SEED, planOcrBank, splitGroup } from './ocr-plan.ts'
import { renderOcrItems } from './render-ocr-bank.ts'

export const OCR_BANK_DIR = join(BANKS_DIR, 'ocr-bank')
export const OCR_BANK_MANIFEST = join(OCR_BANK_DIR, 'manifest.json')
/** 240 drawn cards as before and 160 real-like ones (REAL_LIKE_SHARE), half each generation. */
export const OCR_BANK_SIZE = 400

const SOURCES = [
  ...SHARED_SOURCES,
  'testing/banks/ocr-bank',
  'testing/fixtures/fixture-files.ts',
  'testing/jpeg/exif-writer.ts',
]

export async function ensureOcrBank(
  options: BankOptions & { count?: number } = {},
): Promise<OcrBankManifest> {
  const count = options.count ?? OCR_BANK_SIZE
  const dir = options.dir ?? OCR_BANK_DIR
  const log = options.log ?? (() => {})
  const started = Date.now()
  const hash = sourceHash(SOURCES, { count, seed: OCR_BANK_SEED })
  const { manifest, drawn } = await ensureBank<OcrBankManifest>({
    dir,
    hash,
    force: options.force,
    parse: (json) => ocrBankManifestSchema.safeParse(json).data ?? null,
    files: (m) => m.items.map((item) => item.file),
    draw: async (building) => {
      const plans = planOcrBank(count)
      const split = assignSplits(
        plans.map((p) => ({ id: p.id, group: splitGroup(p) })),
        OCR_BANK_SEED,
      )
      const items = await withBankBrowser(
        (lanes) =>
          renderOcrItems(
            lanes,
            plans,
            (id) => split.get(id)!,
            building,
            (done, total) => {
              if (done % 20 === 0 || done === total)
                log(`  ${done}/${total} (${Math.round((Date.now() - started) / 1000)} s)`)
            },
          ),
        options.lanes ?? 2,
      )
      return ocrBankManifestSchema.parse({
        bank: 'ocr-bank',
        sourceHash: hash,
        seed: OCR_BANK_SEED,
        referenceDate: REFERENCE_DATE,
        heldOutShare: HELD_OUT_SHARE,
        generationMs: Date.now() - started,
        items,
      })
    },
  })
  log(
    drawn
      ? `ocr bank: ${manifest.items.length} images drawn in ${(manifest.generationMs / 1000).toFixed(1)} s → ${dir}`
      : `ocr bank is fresh: ${manifest.items.length} images in ${dir}`,
  )
  return manifest
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2)
  const countArg = args.indexOf('--count')
  ensureOcrBank({
    force: args.includes('--force'),
    ...(countArg >= 0 ? { count: Number(args[countArg + 1]) } : {}),
    log: (line) => console.log(line),
  }).catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
