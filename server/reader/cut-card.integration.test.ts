// A card cut by the picture's edge, and a card filling the photo, are still found and read: the committed desk
// photo, cropped.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { decodeImage } from '#server/image/decode-image.ts'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { findCard } from '#src/reader/1-find-card/find-card.ts'
import type { RgbaImage } from '#src/reader/reader-image.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { readCardBytes } from './read-card-bytes.ts'

const SLOW = 180_000
const scene = decodeImage(new Uint8Array(readFileSync(fixtures.cardScene)))
const corners = findCard(scene)!.corners
const xs = corners.map((p) => p[0])
const ys = corners.map((p) => p[1])
const cardHeight = Math.max(...ys) - Math.min(...ys)

function crop(image: RgbaImage, x0: number, y0: number, x1: number, y1: number): RgbaImage {
  const [l, t, r, b] = [x0, y0, x1, y1].map(Math.round) as [number, number, number, number]
  const width = r - l
  const data = new Uint8Array(width * (b - t) * 4)
  for (let y = t; y < b; y++)
    data.set(image.data.subarray((y * image.width + l) * 4, (y * image.width + r) * 4), (y - t) * width * 4)
  return { width, height: b - t, data }
}

describe('a card cut by the picture’s edge, or filling it', () => {
  it(
    'reads a card whose bottom edge the picture cuts off, its bottom corners past the picture',
    async () => {
      // the picture ends 4 % of the card's height above its bottom edge
      const bottom = Math.max(...ys) - 0.04 * cardHeight
      const cut = crop(scene, 0, 0, scene.width, bottom)
      const { Response: r } = await readCardBytes(encodeJpeg(cut), { requestId: 'cut' })
      if ('Error' in r) throw new Error(r.Error.Code)
      expect(r.IdNum).toBe(SPECIMEN_CARD.IdNum)
      expect(r.EnName).toBe(SPECIMEN_CARD.EnName)
      const lowest = r.LocalReading.CardCorners.map((p) => p[1]).sort((a, b) => b - a)
      expect(lowest[1]).toBeGreaterThan(cut.height)
    },
    SLOW,
  )

  it(
    'reads a card whose right side the picture cuts off, its right corners past the picture',
    async () => {
      const right = Math.max(...xs) - 0.06 * (Math.max(...xs) - Math.min(...xs))
      const cut = crop(scene, 0, 0, right, scene.height)
      const { Response: r } = await readCardBytes(encodeJpeg(cut), { requestId: 'cut-right' })
      if ('Error' in r) throw new Error(r.Error.Code)
      expect(r.IdNum).toBe(SPECIMEN_CARD.IdNum)
      expect(r.EnName).toBe(SPECIMEN_CARD.EnName)
      expect(Math.max(...r.LocalReading.CardCorners.map((p) => p[0]))).toBeGreaterThan(cut.width)
    },
    SLOW,
  )

  it(
    'reads a card that fills the photo to within 1 % of its edges',
    async () => {
      const m = 0.01 * (Math.max(...xs) - Math.min(...xs))
      const filled = crop(
        scene,
        Math.min(...xs) - m,
        Math.min(...ys) - m,
        Math.max(...xs) + m,
        Math.max(...ys) + m,
      )
      const { Response: r } = await readCardBytes(encodeJpeg(filled), { requestId: 'fill' })
      if ('Error' in r) throw new Error(r.Error.Code)
      expect(r.IdNum).toBe(SPECIMEN_CARD.IdNum)
      expect(r.EnName).toBe(SPECIMEN_CARD.EnName)
    },
    SLOW,
  )
})
