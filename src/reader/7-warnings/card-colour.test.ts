import { describe, expect, it } from 'vitest'
import { WARN_PHOTOCOPY } from '#src/hkid/card-warnings.ts'
import type { RgbaImage } from '../reader-image.ts'
import { colourSpread } from './card-colour.ts'
import { measureCard, PHOTOCOPY_SPREAD_THRESHOLD } from './card-quality.ts'

type Rgb = readonly [number, number, number]
const WIDTH = 428
const HEIGHT = 270

function paint(colourAt: (x: number, y: number) => Rgb): RgbaImage {
  const data = new Uint8Array(WIDTH * HEIGHT * 4)
  for (let y = 0; y < HEIGHT; y++)
    for (let x = 0; x < WIDTH; x++) {
      const [r, g, b] = colourAt(x, y)
      data.set([r, g, b, 255], (y * WIDTH + x) * 4)
    }
  return { width: WIDTH, height: HEIGHT, data }
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
]
const INK: Rgb = [35, 35, 40]
/** Rows of dark print, as the card's text blocks sit on it. */
const inText = (x: number, y: number) => x > 150 && x < 380 && y % 40 > 28 && (x >> 3) % 3 !== 0

/** A portrait in colour, as every card prints it: skin under dark hair. */
const inPortrait = (x: number, y: number) => x > 20 && x < 130 && y > 60 && y < 230
const portrait = (y: number): Rgb => (y < 110 ? [60, 45, 40] : [226, 188, 168])

/** The real card: a pink-to-blue gradient across its stock (the specimens' are this strong), and its portrait. */
const colourCard = paint((x, y) => {
  if (inText(x, y)) return INK
  if (inPortrait(x, y)) return portrait(y)
  return mix([242, 218, 232], [212, 228, 246], (x / WIDTH + y / HEIGHT) / 2)
})

/** The palest card: near-white stock whose colour is in its fine guilloche lines (blue-lilac) and its portrait. */
const paleCard = paint((x, y) => {
  if (inText(x, y)) return INK
  if (inPortrait(x, y)) return portrait(y)
  const onLine = Math.abs(((y + 6 * Math.sin(x / 9)) % 7) - 3.5) < 0.5
  return onLine ? mix([251, 251, 250], [195, 202, 214], 0.55) : [251, 251, 250]
})

/** A photocopy: the same card in grey, each channel then scaled by the light's cast and a little sensor noise. */
function greyCopy(card: RgbaImage, cast: Rgb = [1, 1, 1], noise = 0): RgbaImage {
  const data = new Uint8Array(card.data.length)
  let seed = 7
  const jitter = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648
    return ((seed / 2147483648) * 2 - 1) * noise
  }
  for (let p = 0; p < data.length; p += 4) {
    const luma = 0.299 * card.data[p]! + 0.587 * card.data[p + 1]! + 0.114 * card.data[p + 2]!
    for (let c = 0; c < 3; c++)
      data[p + c] = Math.max(0, Math.min(255, Math.round(luma * cast[c]! + jitter())))
    data[p + 3] = 255
  }
  return { width: card.width, height: card.height, data }
}

const WARM: Rgb = [1.08, 1, 0.82]
const photocopied = (card: RgbaImage) => measureCard(card).warnings.includes(WARN_PHOTOCOPY)

describe('photocopy measure', () => {
  it('finds colour in a colour card and none in its grey copy', () => {
    expect(colourSpread(colourCard)).toBeGreaterThan(PHOTOCOPY_SPREAD_THRESHOLD)
    expect(colourSpread(greyCopy(colourCard))).toBeLessThan(0.5)
    expect(photocopied(colourCard)).toBe(false)
    expect(photocopied(greyCopy(colourCard))).toBe(true)
  })

  it('takes the light’s cast for the card’s own colour: a grey copy under a warm lamp is still grey', () => {
    const warmCopy = greyCopy(colourCard, WARM, 4)
    expect(colourSpread(warmCopy)).toBeLessThan(PHOTOCOPY_SPREAD_THRESHOLD)
    expect(photocopied(warmCopy)).toBe(true)
    // the same lamp on the colour card keeps its gradient
    const warmCard = paint((x, y) => {
      const p = (y * WIDTH + x) * 4
      return [
        colourCard.data[p]! * WARM[0],
        colourCard.data[p + 1]! * WARM[1],
        colourCard.data[p + 2]! * WARM[2],
      ]
    })
    expect(photocopied(warmCard)).toBe(false)
  })

  it('still sees the colour of the palest card, in its lines and portrait', () => {
    expect(colourSpread(paleCard)).toBeGreaterThan(PHOTOCOPY_SPREAD_THRESHOLD)
    expect(photocopied(paleCard)).toBe(false)
    expect(photocopied(greyCopy(paleCard, WARM, 4))).toBe(true)
  })
})
