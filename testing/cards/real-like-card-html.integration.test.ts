// Renders real-like cards of both generations in Chromium and finds each OCR-B row's ink (the card drawn with and
// without that one row): the rows must land where REAL_LIKE_LAYOUT says, in OCR-B, monospace with a full empty
// cell between words and after the comma, and the telecodes at the name's size.
import { chromium, type Browser, type Page } from '@playwright/test'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { SPECIMEN_LOOK, type CardLook } from './card-look.ts'
import type { PrintedCard } from './printed-card.ts'
import { realLikeCardHtml } from './real-like-card-html.ts'
import { REAL_LIKE_LAYOUT, rowPitch, type TextRow } from './real-like-layout.ts'
import { CARD_HEIGHT as H, CARD_WIDTH as W } from './specimen-card-html.ts'

/** The specimen holder with a Chinese name (so telecodes print), and the same holder on an HKID-2003 card. */
const CARDS: [PrintedCard, CardLook][] = [
  [SPECIMEN_CARD, SPECIMEN_LOOK],
  [
    { ...SPECIMEN_CARD, HKIDVersion: 'HKID-2003', WindowEmbeddedText: '' },
    { ...SPECIMEN_LOOK, version: 'HKID-2003' },
  ],
]

type RowName = 'nameEn' | 'telecode' | 'birth' | 'symbol' | 'firstIssue' | 'issueDate' | 'number'
const ROWS: [RowName, (c: PrintedCard) => string][] = [
  ['nameEn', (c) => c.EnName],
  ['telecode', (c) => c.TelexCode],
  ['birth', (c) => c.Birthday],
  ['symbol', (c) => c.Symbol],
  ['firstIssue', (c) => c.FirstIssueDate],
  ['issueDate', (c) => c.CurrentIssueDate],
  ['number', (c) => c.IdNum],
]

interface Ink {
  x0: number
  x1: number
  y0: number
  y1: number
  /** columns holding ink, left to right */
  columns: boolean[]
}

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs })
  page = await browser.newPage({ viewport: { width: W, height: H } })
}, 60_000)
afterAll(() => browser?.close())

async function shot(hidden: string | null): Promise<PNG> {
  await page.evaluate(
    `document.querySelectorAll('[data-row]').forEach((el) => { el.style.visibility = el.dataset.row === ${JSON.stringify(hidden)} ? 'hidden' : '' })`,
  )
  return PNG.sync.read(await page.screenshot({ type: 'png' }))
}

/** Where the two renderings differ: the hidden row's ink. */
function inkOf(a: PNG, b: PNG): Ink | null {
  let x0 = W
  let x1 = -1
  let y0 = H
  let y1 = -1
  const columns = new Array<boolean>(W).fill(false)
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4
      const d = Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!)
      if (d < 120) continue
      columns[x] = true
      x0 = Math.min(x0, x)
      x1 = Math.max(x1, x)
      y0 = Math.min(y0, y)
      y1 = Math.max(y1, y)
    }
  return x1 < 0 ? null : { x0, x1, y0, y1, columns }
}

/** Widths of the empty column runs inside the ink, in px. */
function gaps(ink: Ink): number[] {
  const runs: number[] = []
  let run = 0
  for (let x = ink.x0; x <= ink.x1; x++) {
    if (ink.columns[x]) {
      if (run) runs.push(run)
      run = 0
    } else run++
  }
  return runs
}

describe.each(CARDS)('the real-like card', (card, look) => {
  const layout = REAL_LIKE_LAYOUT[look.version]
  const inks = new Map<RowName, Ink>()

  beforeAll(async () => {
    await page.setContent(realLikeCardHtml(card, look), { waitUntil: 'load' })
    await page.evaluate('document.fonts.ready')
    const whole = await shot(null)
    for (const [name] of ROWS) {
      const ink = inkOf(whole, await shot(name))
      if (ink) inks.set(name, ink)
    }
  }, 60_000)

  it(`${look.version}: is set in OCR-B`, async () => {
    expect(await page.evaluate(`document.fonts.check('20px "OCR B"')`)).toBe(true)
    const families = (await page.evaluate(
      `[...document.querySelectorAll('text[data-row]')].filter((el) => el.dataset.row !== 'nameZh' && el.dataset.row !== 'sexZh').map((el) => el.getAttribute('font-family'))`,
    )) as string[]
    expect(families.length).toBeGreaterThanOrEqual(ROWS.length)
    expect(new Set(families)).toEqual(new Set(['OCR B']))
  })

  it.each(ROWS)(
    `${look.version}: prints %s where the layout says, within 1.5 % of the card`,
    (name, text) => {
      const row: TextRow = layout[name]
      const ink = inks.get(name)
      expect(ink, name).toBeDefined()
      const value = text(card)
      const right = row.x + rowPitch(row, value.length) * value.length
      expect(Math.abs(ink!.x0 / W - row.x), 'left').toBeLessThan(0.015)
      expect(Math.abs((ink!.x1 + 1) / W - right), 'right').toBeLessThan(0.015)
      // Brackets and the comma reach below the baseline (brackets above the capitals too); the rest sit between.
      const brackets = /[(),]/.test(value)
      expect(Math.abs(ink!.y1 / H - row.baseline), 'baseline').toBeLessThan(brackets ? 0.02 : 0.006)
      expect(Math.abs(ink!.y0 / H - (row.baseline - row.cap)), 'cap').toBeLessThan(brackets ? 0.02 : 0.008)
    },
  )

  it(`${look.version}: leaves a full empty cell between the name's words and after its comma`, () => {
    const ink = inks.get('nameEn')!
    const pitch = rowPitch(layout.nameEn, card.EnName.length) * W
    const wide = gaps(ink).filter((g) => g >= 0.9 * pitch)
    expect(wide.length).toBe(card.EnName.split(' ').length - 1)
  })

  it(`${look.version}: prints the telecodes at the name's size, in groups a cell apart, on their own row`, () => {
    const name = inks.get('nameEn')!
    const codes = inks.get('telecode')!
    // The name's ink reaches below its baseline (the comma): compare the digits with its capitals' height.
    const capitals = layout.nameEn.cap * H
    expect((codes.y1 - codes.y0) / capitals).toBeGreaterThan(0.9)
    expect((codes.y1 - codes.y0) / capitals).toBeLessThan(1.1)
    expect(codes.y0).toBeGreaterThan(name.y1)
    const pitch = rowPitch(layout.telecode, card.TelexCode.length) * W
    expect(gaps(codes).filter((g) => g >= 0.9 * pitch).length).toBe(card.TelexCode.split(' ').length - 1)
  })
})
