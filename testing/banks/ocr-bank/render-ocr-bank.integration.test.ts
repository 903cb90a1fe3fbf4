// Renders four planned items (a webcam frame, a 2003 card, a 12 MP phone photo, a real-like 2003 card) and checks what the manifest
// says about them against the files: sizes, EXIF, and that the card really is where its corners say.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { afterAll, describe, expect, it } from 'vitest'
import { withBankBrowser } from '#testing/banks/shared/bank-browser.ts'
import { pointOnCard, type Point, type Quad } from '#testing/banks/shared/geometry.ts'
import { jpegSize, readExif } from '#testing/jpeg/jpeg-segments.ts'
import { ocrBankItemSchema, type OcrBankItem } from './ocr-manifest.ts'
import { OCR_BANK_SEED, planOcrItem, type OcrItemPlan } from './ocr-plan.ts'
import { renderOcrItem } from './render-ocr-bank.ts'

const out = mkdtempSync(join(tmpdir(), 'ocr-bank-test-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

/** The plan on a black desk in flat light with no noise, so card and desk are told apart by brightness alone. */
function onBlack(plan: OcrItemPlan): OcrItemPlan {
  const { spec } = plan
  return {
    ...plan,
    spec: {
      ...spec,
      background: { ...spec.background, kind: 'plain', color: [16, 16, 16] },
      light: { gain: 1, gradient: 0, gradientAngle: 0, cast: [1, 1, 1], glare: null },
      blur: null,
      noise: 0,
    },
  }
}

const plans = Array.from({ length: 60 }, (_, i) => planOcrItem(i))
const picked = [
  plans.find((p) => !p.phone && p.look.version === 'HKID-2018')!,
  plans.find((p) => !p.phone && p.look.version === 'HKID-2003')!,
  plans.find((p) => p.phone && p.orientation !== 1)!,
  planOcrItem(300, OCR_BANK_SEED, 'real-like', 'HKID-2003'),
].map(onBlack)

function lumaAt(image: { data: Uint8Array; width: number }, [x, y]: Point): number {
  let sum = 0
  for (let dy = -2; dy <= 2; dy++)
    for (let dx = -2; dx <= 2; dx++) {
      const i = ((Math.round(y) + dy) * image.width + Math.round(x) + dx) * 4
      sum += 0.299 * image.data[i]! + 0.587 * image.data[i + 1]! + 0.114 * image.data[i + 2]!
    }
  return sum / 25
}

const INSIDE: Point[] = [
  [0.5, 0.02],
  [0.985, 0.5],
  [0.5, 0.985],
  [0.015, 0.5],
]
const OUTSIDE: Point[] = [
  [0.5, -0.04],
  [1.03, 0.5],
  [0.5, 1.05],
  [-0.03, 0.5],
]

describe('renderOcrItem', () => {
  let items: OcrBankItem[] = []

  it('renders planned items into files the manifest schema accepts', async () => {
    items = await withBankBrowser(async ([lane]) =>
      Promise.all(picked.map((plan) => renderOcrItem(lane!, plan, 'tune', out))),
    )
    for (const item of items) expect(ocrBankItemSchema.parse(item)).toEqual(item)
    expect(items.map((item) => item.design)).toEqual(['drawn', 'drawn', 'drawn', 'real-like'])
    expect(items[3]!.truth.HKIDVersion).toBe('HKID-2003')
  }, 60_000)

  it('writes JPEGs of the declared stored size; phone photos carry their EXIF orientation', () => {
    for (const item of items) {
      const bytes = readFileSync(join(out, item.file))
      expect(bytes.length).toBe(item.image.bytes)
      expect(jpegSize(bytes)).toEqual({ width: item.image.storedWidth, height: item.image.storedHeight })
      const turned = item.image.orientation === 6 || item.image.orientation === 8
      expect(item.image.storedWidth).toBe(turned ? item.image.height : item.image.width)
      const exif = readExif(bytes)
      if (item.image.phone) {
        expect(exif?.orientation).toBe(item.image.orientation)
        expect(item.image.storedWidth * item.image.storedHeight).toBe(12_000_000)
      } else expect(exif).toBeNull()
    }
  })

  it('puts the card exactly where its corners say, in stored pixels too', () => {
    for (const item of items) {
      const image = jpeg.decode(readFileSync(join(out, item.file)), {
        useTArray: true,
        maxMemoryUsageInMB: 1024,
      })
      expect([image.width, image.height]).toEqual([item.image.storedWidth, item.image.storedHeight])
      const corners: Quad = item.card.storedCorners
      for (const p of INSIDE)
        expect(lumaAt(image, pointOnCard(corners, p)), `${item.id} in ${p}`).toBeGreaterThan(150)
      for (const p of OUTSIDE)
        expect(lumaAt(image, pointOnCard(corners, p)), `${item.id} out ${p}`).toBeLessThan(70)
    }
  })
})
