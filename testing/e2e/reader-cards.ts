// Cards of people other than the specimen, for the end-to-end tests of the local reader: drawn on demand by the
// project's card generator (testing/cards/, made-up holders stamped SPECIMEN) into testing/.generated/reader-cards/
// and redrawn only when the drawing code changes. One photo to upload, one camera feed (an MJPEG of one frame,
// for Chromium's fake camera), each with its holder's printed fields as the truth to find on review.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import {
  sourceHash,
  SHARED_SOURCES,
  writeAtomic,
  ensureGeneratedIgnored,
} from '#testing/banks/shared/bank-files.ts'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { makeIdentity } from '#testing/cards/card-identity.ts'
import type { CardLook } from '#testing/cards/card-look.ts'
import type { PrintedCard } from '#testing/cards/printed-card.ts'
import { SCENE_LIB } from '#testing/cards/scene-page.ts'
import { CARD_CORNER, CARD_HEIGHT, CARD_WIDTH, cardHtml } from '#testing/cards/specimen-card-html.ts'
import { GENERATED_DIR } from '#testing/fixtures/fixture-files.ts'

export const READER_CARDS_DIR = join(GENERATED_DIR, 'reader-cards')

interface CardPlan {
  /** makeIdentity's seed: the same holder on every machine */
  seed: string
  look: CardLook
  /** Width × height of the photo; the card lies upright, centred, `share` of the width, turned `degrees` */
  scene: { width: number; height: number; share: number; degrees: number; deskSeed: number }
}

const PLANS = {
  /** A phone-like 4:3 photo, the card slightly turned, chosen from a file. */
  upload: {
    seed: 'e2e-reader-upload',
    look: { tint: 'lilac', guilloche: 1, version: 'HKID-2018', portraitSeed: 3 },
    scene: { width: 1600, height: 1200, share: 0.72, degrees: 2.5, deskSeed: 5 },
  },
  /** A 720p webcam frame with the card in the capture guide, as the specimen's camera feed has it. */
  camera: {
    seed: 'e2e-reader-camera',
    look: { tint: 'lilac', guilloche: 1, version: 'HKID-2018', portraitSeed: 5 },
    scene: { width: 1280, height: 720, share: 0.7, degrees: 0, deskSeed: 7 },
  },
} as const satisfies Record<string, CardPlan>

export type ReaderCardName = keyof typeof PLANS

export interface ReaderCard {
  /** The photo (JPEG) */
  photo: string
  /** The photo 30 times over: a fake-camera feed */
  mjpeg: string
  truth: PrintedCard
}

const MJPEG_FRAMES = 30
const SOURCES = [...SHARED_SOURCES, 'testing/e2e/reader-cards.ts']

export function readerCard(name: ReaderCardName): ReaderCard {
  return {
    photo: join(READER_CARDS_DIR, `${name}.jpg`),
    mjpeg: join(READER_CARDS_DIR, `${name}.mjpeg`),
    truth: makeIdentity(PLANS[name].seed).card,
  }
}

const SCENE = String.raw`async ({ cardJpeg, aspect, corner, width, height, share, degrees, deskSeed }) => {
  const card = await fx.loadImage(cardJpeg)
  const scene = fx.desk(width, height, { seed: deskSeed, noise: 2.5, scale: width / 1280 })
  const ctx = scene.getContext('2d')
  const cw = Math.round(width * share), ch = Math.round(cw / aspect)
  ctx.translate(width / 2, height / 2)
  ctx.rotate(degrees * Math.PI / 180)
  fx.drawCard(ctx, card, -cw / 2, -ch / 2, cw, ch, corner)
  return fx.jpegBase64(scene, 0.9)
}`

/** Draws the cards unless the ones there were drawn by this same code. */
export async function ensureReaderCards(): Promise<void> {
  const hash = sourceHash(SOURCES, PLANS)
  const stamp = join(READER_CARDS_DIR, 'source-hash')
  const names = Object.keys(PLANS) as ReaderCardName[]
  const fresh =
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === hash &&
    names.every((name) => existsSync(readerCard(name).mjpeg))
  if (fresh) return
  ensureGeneratedIgnored()
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs })
  try {
    const cards = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT } })
    const scenes = await browser.newPage({ viewport: { width: 800, height: 600 } })
    await scenes.setContent('<!doctype html><html><body></body></html>')
    await scenes.addScriptTag({ content: SCENE_LIB })
    for (const name of names) {
      const plan: CardPlan = PLANS[name]
      await cards.setContent(cardHtml(makeIdentity(plan.seed).card, plan.look), { waitUntil: 'load' })
      await cards.evaluate('document.fonts.ready')
      const cardJpeg = await cards.screenshot({ type: 'jpeg', quality: 96 })
      const args = {
        cardJpeg: `data:image/jpeg;base64,${cardJpeg.toString('base64')}`,
        aspect: ID1_ASPECT,
        corner: CARD_CORNER,
        ...plan.scene,
      }
      const photo = Buffer.from(
        (await scenes.evaluate(`(${SCENE})(${JSON.stringify(args)})`)) as string,
        'base64',
      )
      const files = readerCard(name)
      writeAtomic(files.photo, photo)
      writeAtomic(files.mjpeg, Buffer.concat(Array.from({ length: MJPEG_FRAMES }, () => photo)))
    }
  } finally {
    await browser.close()
  }
  writeAtomic(stamp, hash)
}
