// Draws docs/real-like-card.png: the real-like card beside the Immigration Department's specimen it copies, both
// generations, at the same size, so anyone can see how close the drawing is. `--overlay` lays the drawing over the
// specimen at half opacity instead (how the layout was measured). Run: npx tsx testing/cards/draw-real-like-comparison.ts
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { z } from 'zod'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { SPECIMEN_LOOK, type CardLook } from './card-look.ts'
import { printedCardSchema } from './printed-card.ts'
import { realLikeCardHtml } from './real-like-card-html.ts'
import { CARD_HEIGHT, CARD_WIDTH } from './specimen-card-html.ts'

const REAL_CARDS = 'testing/real-cards'
export const COMPARISON_PNG = 'docs/real-like-card.png'

/** The card's edges inside each specimen picture, in its pixels (the 2018 crops keep some screenshot around). */
const SPECIMENS = [
  { id: 'hkid-2018-case1', edges: { left: 8, top: 22, right: 614, bottom: 397 } },
  { id: 'hkid-2003-sample', edges: { left: 0, top: 0, right: 430, bottom: 273 } },
] as const

const SHOWN_WIDTH = 560
const SHOWN_HEIGHT = Math.round((SHOWN_WIDTH * CARD_HEIGHT) / CARD_WIDTH)

function specimenHtml(file: string, e: (typeof SPECIMENS)[number]['edges']): string {
  const sx = SHOWN_WIDTH / (e.right - e.left)
  const sy = SHOWN_HEIGHT / (e.bottom - e.top)
  const src = `data:image/jpeg;base64,${readFileSync(join(REAL_CARDS, file)).toString('base64')}`
  return `<img src="${src}" style="position:absolute;left:${-e.left * sx}px;top:${-e.top * sy}px;transform-origin:0 0;transform:scale(${sx},${sy})">`
}

async function main(overlay: boolean): Promise<void> {
  const cards = JSON.parse(readFileSync(join(REAL_CARDS, 'cards.json'), 'utf8')) as {
    cards: { id: string; file: string; truth: unknown }[]
  }
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs })
  try {
    const page = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT } })
    const rows: string[] = []
    for (const s of SPECIMENS) {
      const entry = cards.cards.find((c) => c.id === s.id)!
      // The 2003 specimen prints an impossible check character: draw it as printed.
      const truth = printedCardSchema.extend({ IdNum: z.string() }).parse(entry.truth)
      const look: CardLook = { ...SPECIMEN_LOOK, version: truth.HKIDVersion }
      await page.setContent(realLikeCardHtml(truth, look), { waitUntil: 'load' })
      await page.evaluate('document.fonts.ready')
      const drawn = `data:image/png;base64,${(await page.screenshot({ type: 'png' })).toString('base64')}`
      const cell = (inner: string) =>
        `<div style="position:relative;width:${SHOWN_WIDTH}px;height:${SHOWN_HEIGHT}px;overflow:hidden;border-radius:12px">${inner}</div>`
      const drawnImg = `<img src="${drawn}" style="position:absolute;left:0;top:0;width:${SHOWN_WIDTH}px;height:${SHOWN_HEIGHT}px${overlay ? ';opacity:0.5' : ''}">`
      rows.push(
        overlay
          ? `<div style="display:flex;gap:16px">${cell(specimenHtml(entry.file, s.edges) + drawnImg)}</div>`
          : `<div style="display:flex;gap:16px">${cell(drawnImg)}${cell(specimenHtml(entry.file, s.edges))}</div>`,
      )
    }
    const caption = overlay
      ? ''
      : `<div style="display:flex;gap:16px;font:600 17px 'Liberation Sans',sans-serif;color:#333">
          <div style="width:${SHOWN_WIDTH}px">Drawn: real-like design (testing/cards)</div>
          <div style="width:${SHOWN_WIDTH}px">Immigration Department specimen (testing/real-cards)</div></div>`
    const width = overlay ? SHOWN_WIDTH + 32 : 2 * SHOWN_WIDTH + 48
    const height = 2 * SHOWN_HEIGHT + (overlay ? 48 : 90)
    await page.setViewportSize({ width, height })
    await page.setContent(
      `<body style="margin:0;padding:16px;background:#fff;display:flex;flex-direction:column;gap:16px">${caption}${rows.join('')}</body>`,
      { waitUntil: 'load' },
    )
    const out = overlay ? '/tmp/real-like-overlay.png' : COMPARISON_PNG
    writeFileSync(out, await page.screenshot({ type: 'png' }))
    console.log(`wrote ${out}`)
  } finally {
    await browser.close()
  }
}

await main(process.argv.includes('--overlay'))
