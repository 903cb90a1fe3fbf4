// Camera frames for the quality meter's unit tests, drawn with plain pixel loops: the synthetic card on a
// desk, lit brighter or dimmer, with what the camera path adds (limited-range video expanded on its way
// to the page's pixels), and faults (a specular reflection, motion smear, a finger over a corner). Plus
// the meter's own view of a frame: the guide's crop at analysis size, as the worker measures it.
import type { RgbaImage } from '#server/image/decode-image.ts'
import { guideCrop, guideWithinCrop } from '#src/features/capture/lib/card-guide.ts'
import {
  downscaleRgba,
  toMeterImage,
  type MeterImage,
  type PixelBox,
} from '#src/features/capture/lib/luma-image.ts'
import { ANALYSIS_WIDTH } from '#src/features/capture/lib/quality-thresholds.ts'
import { drawSyntheticCard } from '#testing/cards/synthetic-card.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'

export const FRAME_WIDTH = 1280
export const FRAME_HEIGHT = 720

export interface SceneOptions {
  /** Card width over frame width (default 0.66). */
  share?: number
  /** Multiplies the card's light (1: its printed shades; above 1 the paper clips). */
  gain?: number
  /** The paper's shade before the light (default: the synthetic card's 235). */
  paper?: number
  desk?: number
  seed?: number
}

/** Card corners in frame pixels (TL, TR, BR, BL) of the last scene drawn with these options. */
export function cardRect(share = 0.66) {
  const width = FRAME_WIDTH * share
  const height = width / ID1_ASPECT
  return { x: (FRAME_WIDTH - width) / 2, y: (FRAME_HEIGHT - height) / 2, width, height }
}

/** The card upright in the middle of a plain desk with a little sensor noise. */
export function drawScene({
  share = 0.66,
  gain = 1,
  paper,
  desk = 110,
  seed = 3,
}: SceneOptions = {}): RgbaImage {
  const card = drawSyntheticCard(1000, seed)
  const frame: RgbaImage = {
    width: FRAME_WIDTH,
    height: FRAME_HEIGHT,
    data: new Uint8Array(FRAME_WIDTH * FRAME_HEIGHT * 4),
  }
  const rect = cardRect(share)
  let noise = seed * 7919
  for (let y = 0; y < FRAME_HEIGHT; y++) {
    for (let x = 0; x < FRAME_WIDTH; x++) {
      const p = (y * FRAME_WIDTH + x) * 4
      const u = (x - rect.x) / rect.width
      const v = (y - rect.y) / rect.height
      noise = (noise * 1103515245 + 12345) >>> 0
      const grain = ((noise >>> 16) % 7) - 3
      for (let c = 0; c < 3; c++) {
        let value = desk + grain
        if (u >= 0 && u < 1 && v >= 0 && v < 1) {
          const s = (Math.floor(v * card.height) * card.width + Math.floor(u * card.width)) * 4 + c
          const printed = card.data[s]!
          // Paper lighter or darker than the synthetic card's own, print unchanged.
          const shade = paper !== undefined && printed > 200 ? printed + (paper - 235) : printed
          value = shade * gain + grain
        }
        frame.data[p + c] = Math.max(0, Math.min(255, Math.round(value)))
      }
      frame.data[p + 3] = 255
    }
  }
  return frame
}

/** What the page receives from a camera whose video is taken as limited range: levels stretched ×1.164 about 16. */
export function expandLimitedRange(frame: RgbaImage): RgbaImage {
  const data = frame.data.map((v, i) =>
    i % 4 === 3 ? v : Math.max(0, Math.min(255, Math.round((v - 16) * 1.164))),
  )
  return { ...frame, data }
}

/** A specular reflection: white light added over an ellipse (centre in card shares), fading out past it. */
export function addReflection(frame: RgbaImage, at: [number, number], size: number, share = 0.66): RgbaImage {
  const rect = cardRect(share)
  const cx = rect.x + at[0] * rect.width
  const cy = rect.y + at[1] * rect.height
  const rx = size * rect.width
  const ry = rx * 0.6
  const data = frame.data.slice()
  for (let y = 0; y < frame.height; y++)
    for (let x = 0; x < frame.width; x++) {
      const r = Math.hypot((x - cx) / rx, (y - cy) / ry)
      const add = r <= 1 ? 400 : 400 * Math.exp(-(r - 1) * 3.5)
      if (add < 1) continue
      const p = (y * frame.width + x) * 4
      for (let c = 0; c < 3; c++) data[p + c] = Math.min(255, data[p + c]! + add)
    }
  return { ...frame, data }
}

/** A hand moving sideways during the exposure: the average of copies shifted over `px` pixels. */
export function smear(frame: RgbaImage, px: number): RgbaImage {
  const data = new Uint8Array(frame.data.length)
  for (let y = 0; y < frame.height; y++)
    for (let x = 0; x < frame.width; x++)
      for (let c = 0; c < 4; c++) {
        let sum = 0
        for (let k = 0; k < px; k++)
          sum += frame.data[(y * frame.width + Math.min(frame.width - 1, x + k)) * 4 + c]!
        data[(y * frame.width + x) * 4 + c] = Math.round(sum / px)
      }
  return { ...frame, data }
}

/** A fingertip (a skin-coloured disc) over the card's bottom-right corner. */
export function coverCorner(
  frame: RgbaImage,
  share = 0.66,
  skin: readonly [number, number, number] = [200, 150, 120],
): RgbaImage {
  const rect = cardRect(share)
  const cx = rect.x + rect.width * 0.97
  const cy = rect.y + rect.height * 0.95
  const radius = rect.width * 0.12
  const data = frame.data.slice()
  for (let y = 0; y < frame.height; y++)
    for (let x = 0; x < frame.width; x++) {
      if (Math.hypot(x - cx, y - cy) > radius) continue
      const p = (y * frame.width + x) * 4
      data.set(skin, p)
    }
  return { ...frame, data }
}

/** The guide's crop of a frame at analysis size, and the guide in its pixels: what the worker measures. */
export function analysisFrame(frame: RgbaImage): { image: MeterImage; guide: PixelBox } {
  const crop = guideCrop(frame.width, frame.height)
  const [cx, cy, cw, ch] = [crop.x, crop.y, crop.width, crop.height].map(Math.round) as [
    number,
    number,
    number,
    number,
  ]
  const region = new Uint8Array(cw * ch * 4)
  for (let y = 0; y < ch; y++)
    region.set(
      frame.data.subarray(((cy + y) * frame.width + cx) * 4, ((cy + y) * frame.width + cx + cw) * 4),
      y * cw * 4,
    )
  const small = downscaleRgba(region, cw, ch, ANALYSIS_WIDTH)
  const image = toMeterImage(small.rgba, small.width, small.height)
  const g = guideWithinCrop(frame.width, frame.height)
  return {
    image,
    guide: {
      x: g.x * image.width,
      y: g.y * image.height,
      width: g.width * image.width,
      height: g.height * image.height,
    },
  }
}
