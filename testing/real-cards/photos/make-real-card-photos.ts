// Photo versions of the specimen crops (testing/real-cards/): each card laid on a desk and photographed as
// photo-plan.ts says, by the scene composer the banks use. `tsx testing/real-cards/photos/make-real-card-photos.ts`
// (re)draws them into testing/.generated/real-card-photos/ when the code or the specimens change; --force always.
// Benches call ensureRealCardPhotos().
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { mapOnLanes, withBankBrowser } from '#testing/banks/shared/bank-browser.ts'
import { ensureBank, type BankOptions } from '#testing/banks/shared/bank-build.ts'
import { BANKS_DIR, SHARED_SOURCES, sourceHash, writeAtomic } from '#testing/banks/shared/bank-files.ts'
import { loadRealCards, REAL_CARDS_DIR, REAL_CARDS_JSON } from '../real-cards.ts'
import { realCardPhotosManifestSchema, type RealCardPhotosManifest } from './photo-manifest.ts'
import { planPhotos, REAL_PHOTOS_SEED } from './photo-plan.ts'

export const REAL_PHOTOS_DIR = join(BANKS_DIR, 'real-card-photos')

const SOURCES = [...SHARED_SOURCES, 'testing/real-cards']

/** The specimens themselves are not code: their bytes go into the hash as an option. */
function specimensDigest(): string {
  const hash = createHash('sha256').update(readFileSync(REAL_CARDS_JSON))
  for (const card of loadRealCards()) hash.update(readFileSync(join(REAL_CARDS_DIR, card.file)))
  return hash.digest('hex').slice(0, 16)
}

export async function ensureRealCardPhotos(options: BankOptions = {}): Promise<RealCardPhotosManifest> {
  const dir = options.dir ?? REAL_PHOTOS_DIR
  const log = options.log ?? (() => {})
  const started = Date.now()
  const hash = sourceHash(SOURCES, { seed: REAL_PHOTOS_SEED, specimens: specimensDigest() })
  const { manifest, drawn } = await ensureBank<RealCardPhotosManifest>({
    dir,
    hash,
    force: options.force,
    parse: (json) => realCardPhotosManifestSchema.safeParse(json).data ?? null,
    files: (m) => m.items.map((item) => item.file),
    draw: async (building) => {
      const cards = loadRealCards()
      const jobs = cards.flatMap((card) => planPhotos(card.id).map((plan) => ({ card, plan })))
      const items = await withBankBrowser(
        (lanes) =>
          mapOnLanes(lanes, jobs, async (lane, { card, plan }) => {
            const crop = readFileSync(join(REAL_CARDS_DIR, card.file))
            const jpeg = await lane.renderScene(plan.spec, crop, {
              type: 'jpeg',
              quality: plan.jpegQuality / 100,
            })
            const file = `${plan.id}.jpg`
            writeAtomic(join(building, file), jpeg)
            return {
              id: plan.id,
              file,
              card: card.id,
              kind: plan.kind,
              jpegQuality: plan.jpegQuality,
              bytes: jpeg.length,
              scene: plan.spec,
              truth: card.truth,
              obscured: card.obscured,
            }
          }),
        options.lanes ?? 2,
      )
      return realCardPhotosManifestSchema.parse({
        bank: 'real-card-photos',
        sourceHash: hash,
        seed: REAL_PHOTOS_SEED,
        generationMs: Date.now() - started,
        items,
      })
    },
  })
  log(
    drawn
      ? `real-card photos: ${manifest.items.length} drawn in ${(manifest.generationMs / 1000).toFixed(1)} s → ${dir}`
      : `real-card photos are fresh: ${manifest.items.length} in ${dir}`,
  )
  return manifest
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  ensureRealCardPhotos({
    force: process.argv.includes('--force'),
    log: (line) => console.log(line),
  }).catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
