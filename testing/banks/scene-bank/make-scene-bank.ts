// The capture meter's scene bank: camera frames at 1280 × 720 of synthetic cards, good and faulty, each with a
// full-range and a limited-range fake-camera feed. `npm run bank:scenes` (re)draws it into
// testing/.generated/scene-bank/ when its generator changed; --force always. Tests and benches call ensureSceneBank().
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { withBankBrowser } from '#testing/banks/shared/bank-browser.ts'
import { ensureBank, type BankOptions } from '#testing/banks/shared/bank-build.ts'
import { BANKS_DIR, SHARED_SOURCES, sourceHash } from '#testing/banks/shared/bank-files.ts'
import { assignSplits, HELD_OUT_SHARE, type Split } from '#testing/banks/shared/split.ts'
import type { CardDesign } from '#testing/cards/card-design.ts'
import { SCENES, sceneSplitGroup, type SceneLabel } from './scene-catalogue.ts'
import { sceneBankManifestSchema, type SceneBankItem, type SceneBankManifest } from './scene-manifest.ts'
import { planScene, SCENE_BANK_SEED } from './scene-plan.ts'
import { MJPEG_FRAMES, renderScenePlans } from './render-scene-bank.ts'

export const SCENE_BANK_DIR = join(BANKS_DIR, 'scene-bank')
export const SCENE_BANK_MANIFEST = join(SCENE_BANK_DIR, 'manifest.json')

const SOURCES = [...SHARED_SOURCES, 'testing/banks/scene-bank']

const splitOf = () =>
  assignSplits(
    SCENES.map((def) => ({ id: def.id, group: sceneSplitGroup(def) })),
    SCENE_BANK_SEED,
  )

/** The bank's scenes in its manifest's order, known without drawing or reading it (so specs can be listed). */
export function sceneBankScenes(): { id: string; label: SceneLabel; design: CardDesign; split: Split }[] {
  const split = splitOf()
  return SCENES.map((def) => ({
    id: def.id,
    label: def.label,
    design: def.design,
    split: split.get(def.id)!,
  }))
}

/** One scene of the drawn bank, read when a test runs (the global setup has drawn it by then). */
export function sceneBankItem(id: string): SceneBankItem {
  const manifest = sceneBankManifestSchema.parse(JSON.parse(readFileSync(SCENE_BANK_MANIFEST, 'utf8')))
  const item = manifest.items.find((candidate) => candidate.id === id)
  if (!item) throw new Error(`scene ${id} is not in ${SCENE_BANK_MANIFEST}: run npm run bank:scenes`)
  return item
}

export async function ensureSceneBank(options: BankOptions = {}): Promise<SceneBankManifest> {
  const dir = options.dir ?? SCENE_BANK_DIR
  const log = options.log ?? (() => {})
  const started = Date.now()
  const hash = sourceHash(SOURCES, { seed: SCENE_BANK_SEED })
  const { manifest, drawn } = await ensureBank<SceneBankManifest>({
    dir,
    hash,
    force: options.force,
    log,
    parse: (json) => sceneBankManifestSchema.safeParse(json).data ?? null,
    files: (m) => m.items.flatMap((item) => Object.values(item.feeds).flatMap((feed) => Object.values(feed))),
    draw: async (building) => {
      const plans = SCENES.map((def, index) => planScene(def, index))
      const split = splitOf()
      const items = await withBankBrowser(
        (lanes) =>
          renderScenePlans(
            lanes,
            plans,
            (id) => split.get(id)!,
            building,
            (done, total) => {
              if (done % 10 === 0 || done === total)
                log(`  ${done}/${total} (${Math.round((Date.now() - started) / 1000)} s)`)
            },
          ),
        options.lanes ?? 2,
      )
      return sceneBankManifestSchema.parse({
        bank: 'scene-bank',
        sourceHash: hash,
        seed: SCENE_BANK_SEED,
        heldOutShare: HELD_OUT_SHARE,
        mjpegFrames: MJPEG_FRAMES,
        generationMs: Date.now() - started,
        items,
      })
    },
  })
  log(
    drawn
      ? `scene bank: ${manifest.items.length} scenes drawn in ${(manifest.generationMs / 1000).toFixed(1)} s → ${dir}`
      : `scene bank is fresh: ${manifest.items.length} scenes in ${dir}`,
  )
  return manifest
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  ensureSceneBank({ force: process.argv.includes('--force'), log: (line) => console.log(line) }).catch(
    (error: unknown) => {
      console.error(error)
      process.exitCode = 1
    },
  )
}
