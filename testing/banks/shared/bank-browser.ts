// One Chromium for a whole bank: a card page that renders card HTML to PNG, and a scene page holding the scene
// libraries that composes and encodes each scene. Reused for every item; relaunching per card would triple the time.
import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { designedCardHtml, type CardDesign } from '#testing/cards/card-design.ts'
import type { CardLook } from '#testing/cards/card-look.ts'
import type { PrintedCard } from '#testing/cards/printed-card.ts'
import { SCENE_LIB } from '#testing/cards/scene-page.ts'
import { CARD_HEIGHT, CARD_WIDTH } from '#testing/cards/specimen-card-html.ts'
import { BACKGROUNDS_LIB } from './backgrounds-lib.ts'
import { CAMERA_LIB } from './camera-lib.ts'
import { browserScene, type SceneSpec } from './scene-spec.ts'

export interface SceneEncoding {
  /** 'rgba': the canvas's pixels as they are (width × height × 4 bytes, no header) */
  type: 'jpeg' | 'png' | 'rgba'
  /** JPEG quality 0–1 */
  quality?: number
  /** Clockwise quarter turns applied after composing (EXIF storage) */
  turns?: number
}

export interface BankBrowser {
  /** The card alone in the asked design, CARD_WIDTH × CARD_HEIGHT, as JPEG bytes. */
  renderCard(card: PrintedCard, look: CardLook, design: CardDesign): Promise<Buffer>
  renderScene(spec: SceneSpec, cardImage: Uint8Array | null, encoding: SceneEncoding): Promise<Buffer>
}

async function scenePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } })
  await page.setContent('<!doctype html><html><body></body></html>')
  for (const content of [SCENE_LIB, BACKGROUNDS_LIB, CAMERA_LIB]) await page.addScriptTag({ content })
  return page
}

async function bankLane(browser: Browser): Promise<BankBrowser> {
  const cards = await browser.newPage({
    viewport: { width: CARD_WIDTH, height: CARD_HEIGHT },
    deviceScaleFactor: 1,
  })
  const scenes = await scenePage(browser)
  return {
    async renderCard(card, look, design) {
      await cards.setContent(designedCardHtml(card, look, design), { waitUntil: 'load' })
      await cards.evaluate('document.fonts.ready')
      // JPEG at 96: a PNG of the guilloche takes ten times as long to encode, for no difference after the scene's JPEG.
      return cards.screenshot({ type: 'jpeg', quality: 96 })
    },
    async renderScene(spec, cardImage, encoding) {
      const arg = JSON.stringify(browserScene(spec, cardImage))
      const b64 = (await scenes.evaluate(
        `window.bankCam.render(${arg}, ${JSON.stringify(encoding)})`,
      )) as string
      return Buffer.from(b64, 'base64')
    },
  }
}

/** One browser with `lanes` independent card + scene page pairs (each page pair renders one item at a time). */
export async function withBankBrowser<T>(fn: (lanes: BankBrowser[]) => Promise<T>, lanes = 1): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs })
  try {
    const pool: BankBrowser[] = []
    for (let i = 0; i < lanes; i++) pool.push(await bankLane(browser))
    return await fn(pool)
  } finally {
    await browser.close()
  }
}

/** Runs `work` over `items` on every lane at once, in item order per lane; results keep the items' order. */
export async function mapOnLanes<I, R>(
  lanes: BankBrowser[],
  items: readonly I[],
  work: (lane: BankBrowser, item: I, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  await Promise.all(
    lanes.map(async (lane) => {
      while (next < items.length) {
        const index = next++
        results[index] = await work(lane, items[index]!, index)
      }
    }),
  )
  return results
}
