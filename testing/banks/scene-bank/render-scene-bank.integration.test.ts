// Renders three catalogue scenes (a good pale card, an empty desk, a real-like card) and checks every file the
// manifest names.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { afterAll, describe, expect, it } from 'vitest'
import { withBankBrowser } from '#testing/banks/shared/bank-browser.ts'
import { jpegSize } from '#testing/jpeg/jpeg-segments.ts'
import { SCENES } from './scene-catalogue.ts'
import { sceneBankItemSchema, type SceneBankItem } from './scene-manifest.ts'
import { planScene } from './scene-plan.ts'
import { MJPEG_FRAMES, renderScenePlan } from './render-scene-bank.ts'
import { expandAsLimited } from './video-range.ts'

const out = mkdtempSync(join(tmpdir(), 'scene-bank-test-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const picked = ['good-white-bright-grey-desk', 'nocard-grey-desk', 'real-good-oak'].map((id) => {
  const index = SCENES.findIndex((s) => s.id === id)
  return planScene(SCENES[index]!, index)
})

/** Share of pixels in the card's middle band that are clipped white. */
function clippedShare(png: PNG, item: SceneBankItem): number {
  const [[x0, y0], , [x1, y1]] = item.card!.corners
  let clipped = 0
  let n = 0
  for (let y = Math.round(y0 + (y1 - y0) * 0.3); y < y0 + (y1 - y0) * 0.7; y++)
    for (let x = Math.round(x0 + (x1 - x0) * 0.3); x < x0 + (x1 - x0) * 0.7; x++) {
      const i = (y * png.width + x) * 4
      n++
      if (png.data[i]! >= 254 && png.data[i + 1]! >= 254 && png.data[i + 2]! >= 254) clipped++
    }
  return clipped / n
}

describe('renderScenePlan', () => {
  let items: SceneBankItem[] = []

  it('renders scenes the manifest schema accepts', async () => {
    items = await withBankBrowser(async ([lane]) =>
      Promise.all(picked.map((plan) => renderScenePlan(lane!, plan, 'tune', out))),
    )
    for (const item of items) expect(sceneBankItemSchema.parse(item)).toEqual(item)
    expect(items[1]!.card).toBeNull()
    expect(items.map((item) => item.design)).toEqual(['drawn', null, 'real-like'])
  }, 60_000)

  it('writes 1280 × 720 frames, 30-frame MJPEGs of them, and the page view of each', () => {
    for (const item of items)
      for (const feed of Object.values(item.feeds)) {
        const frame = readFileSync(join(out, feed.frame))
        expect(jpegSize(frame)).toEqual({ width: 1280, height: 720 })
        const mjpeg = readFileSync(join(out, feed.mjpeg))
        expect(mjpeg.length).toBe(frame.length * MJPEG_FRAMES)
        expect(mjpeg.subarray(frame.length * 7, frame.length * 8).equals(frame)).toBe(true)
        const page = PNG.sync.read(readFileSync(join(out, feed.page)))
        expect([page.width, page.height]).toEqual([1280, 720])
        const expanded = expandAsLimited(jpeg.decode(frame, { useTArray: true }).data)
        expect(Buffer.from(page.data).equals(Buffer.from(expanded))).toBe(true)
      }
  })

  it('shows the pale card flat white in the full-range feed but not in the limited-range one', () => {
    const item = items[0]!
    const read = (range: 'full' | 'limited') => PNG.sync.read(readFileSync(join(out, item.feeds[range].page)))
    expect(clippedShare(read('full'), item)).toBeGreaterThan(0.3)
    expect(clippedShare(read('limited'), item)).toBeLessThan(0.05)
  })
})
