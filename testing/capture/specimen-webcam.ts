// The real specimen cards (testing/real-cards) as a 720p webcam on a desk sees them: the card about 65 % of the
// frame's width in a mild tilt, the soft optics of a webcam (a little defocus), sensor noise and the MJPEG
// stream's JPEG, in a full- or limited-range feed. Plus the faults that must not be captured: the same frame out
// of focus or smeared by a moving hand. Drawn in Node with plain pixel loops from a seed, so every run sees the
// same frames. The specimens are split: thresholds may be looked at on the tune part, never on the held-out one.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { decodeImage, type RgbaImage } from '#server/image/decode-image.ts'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import { cardCorners, homography, UNIT_SQUARE, type Quad } from '#testing/banks/shared/geometry.ts'
import { expandAsLimited, squeezeToLimited } from '#testing/banks/scene-bank/video-range.ts'
import { seededRandom, type Random } from '#testing/cards/seeded-random.ts'
import { GENERATED_DIR } from '#testing/fixtures/fixture-files.ts'
import { FRAME_HEIGHT, FRAME_WIDTH } from './meter-frames.ts'

export const REAL_CARDS_DIR = join(import.meta.dirname, '..', 'real-cards')

/** Tuned on: four HKID-2018 specimens. Held out: the other two and both HKID-2003 pictures (another design). */
export const SPECIMENS = [
  { file: 'hkid-2018-case1.jpg', split: 'tune' },
  { file: 'hkid-2018-case2.jpg', split: 'tune' },
  { file: 'hkid-2018-case3.jpg', split: 'tune' },
  { file: 'hkid-2018-case4.jpg', split: 'tune' },
  { file: 'hkid-2018-case5.jpg', split: 'heldOut' },
  { file: 'hkid-2018-case6.jpg', split: 'heldOut' },
  { file: 'hkid-2003-sample.jpg', split: 'heldOut' },
  { file: 'hkid-2003-unstamped.jpg', split: 'heldOut' },
] as const

export type Specimen = (typeof SPECIMENS)[number]

/** What the optics do to the frame: the webcam's own softness, or a fault on top of it. */
export type Optics =
  | { kind: 'webcam' }
  /** Out of focus: a Gaussian of this standard deviation (px at 720p), as the scene bank's defocus. */
  | { kind: 'defocus'; sigma: number }
  /** A hand moving during the exposure: a smear this long (px) at this angle (rad). */
  | { kind: 'motion'; px: number; angle: number }

export interface WebcamShot {
  seed: number
  optics: Optics
  range: 'full' | 'limited'
}

/** What a shot must get from the meter: captured (sharp), or refused for focus or for motion. */
export type ShotLabel = 'sharp' | 'defocus' | 'motion'

/** Each specimen's shots: two sharp (one per video range), out of focus as the scene bank's defocus scenes
 * (σ 3.5–4.5 px), and a hand moving 14–22 px; poses and faults vary with the specimen's index. */
export function specimenShots(index: number): { label: ShotLabel; shot: WebcamShot }[] {
  const seed = (n: number) => n * 1000 + index
  return [
    { label: 'sharp', shot: { seed: seed(1), optics: { kind: 'webcam' }, range: 'full' } },
    { label: 'sharp', shot: { seed: seed(2), optics: { kind: 'webcam' }, range: 'limited' } },
    {
      label: 'defocus',
      shot: {
        seed: seed(3),
        optics: { kind: 'defocus', sigma: 3.5 + (index % 3) * 0.5 },
        range: index % 2 ? 'full' : 'limited',
      },
    },
    {
      label: 'motion',
      shot: {
        seed: seed(4),
        optics: { kind: 'motion', px: 14 + (index % 5) * 2, angle: index * 0.4 },
        range: index % 2 ? 'limited' : 'full',
      },
    },
  ]
}

/** The ID-1 card's corner radius as a share of its width (3.18 mm of 85.6 mm). */
const CORNER = 0.037
/** A webcam's fixed-focus softness at 720p: a Gaussian of 0.9–1.4 px (the scene bank's good scenes have none). */
const WEBCAM_SOFTNESS: [number, number] = [0.9, 1.4]
/** JPEG quality of a webcam's MJPEG stream. */
const STREAM_QUALITY = 82

export function loadSpecimen(specimen: Specimen): RgbaImage {
  return decodeImage(readFileSync(join(REAL_CARDS_DIR, specimen.file)))
}

/** The frame the page's canvas receives for this shot of the card. */
export function specimenWebcamFrame(card: RgbaImage, shot: WebcamShot): RgbaImage {
  const jpegBytes = specimenWebcamJpeg(card, shot)
  const decoded = jpeg.decode(jpegBytes, { useTArray: true, formatAsRGBA: true })
  const data = shot.range === 'limited' ? expandAsLimited(decoded.data) : decoded.data
  return { width: decoded.width, height: decoded.height, data: new Uint8Array(data) }
}

/** The JPEG the camera sends for this shot (limited range: squeezed, as such a camera sends it). */
export function specimenWebcamJpeg(card: RgbaImage, shot: WebcamShot): Uint8Array {
  const random = seededRandom(shot.seed)
  const corners = cardCorners({
    frameWidth: FRAME_WIDTH,
    frameHeight: FRAME_HEIGHT,
    widthShare: random.range(0.63, 0.68),
    centre: [0.5 + random.range(-0.02, 0.02), 0.5 + random.range(-0.02, 0.02)],
    rotationDeg: random.range(-2.5, 2.5),
    tiltXDeg: random.range(-8, 8),
    tiltYDeg: random.range(-8, 8),
    aspect: ID1_ASPECT,
  })
  let frame = desk(random)
  placeCard(frame, card, corners)
  light(frame, random)
  frame = gaussian(frame, random.range(...WEBCAM_SOFTNESS))
  if (shot.optics.kind === 'defocus') frame = gaussian(frame, shot.optics.sigma)
  if (shot.optics.kind === 'motion') frame = smearAlong(frame, shot.optics.px, shot.optics.angle)
  addNoise(frame, random, random.range(1.5, 3))
  const sent = shot.range === 'limited' ? new Uint8Array(squeezeToLimited(frame.data)) : frame.data
  return encodeJpeg({ ...frame, data: sent }, STREAM_QUALITY)
}

/** A plain desk with a soft light fall-off, in one of a few desk colours. */
function desk(random: Random): RgbaImage {
  const colour = random.pick([
    [112, 84, 60],
    [70, 72, 76],
    [168, 160, 146],
    [40, 44, 52],
  ])
  const data = new Uint8Array(FRAME_WIDTH * FRAME_HEIGHT * 4)
  for (let y = 0; y < FRAME_HEIGHT; y++)
    for (let x = 0; x < FRAME_WIDTH; x++) {
      const p = (y * FRAME_WIDTH + x) * 4
      const fall = 1 - 0.15 * Math.hypot(x / FRAME_WIDTH - 0.5, y / FRAME_HEIGHT - 0.5)
      for (let c = 0; c < 3; c++) data[p + c] = colour[c]! * fall
      data[p + 3] = 255
    }
  return { width: FRAME_WIDTH, height: FRAME_HEIGHT, data }
}

/** Draws the card onto the frame through the homography of its corners, bilinear, with rounded corners. */
function placeCard(frame: RgbaImage, card: RgbaImage, corners: Quad) {
  const toCard = homography(corners, UNIT_SQUARE)
  const [a, b, c, d, e, f, g, h, k] = toCard
  const xs = corners.map((p) => p[0])
  const ys = corners.map((p) => p[1])
  const radiusY = CORNER * ID1_ASPECT
  for (let y = Math.floor(Math.min(...ys)); y <= Math.ceil(Math.max(...ys)); y++)
    for (let x = Math.floor(Math.min(...xs)); x <= Math.ceil(Math.max(...xs)); x++) {
      if (x < 0 || y < 0 || x >= frame.width || y >= frame.height) continue
      const w = g * (x + 0.5) + h * (y + 0.5) + k
      const u = (a * (x + 0.5) + b * (y + 0.5) + c) / w
      const v = (d * (x + 0.5) + e * (y + 0.5) + f) / w
      if (u < 0 || v < 0 || u >= 1 || v >= 1) continue
      // Outside the rounded corner's quarter circle: desk.
      const du = Math.max(0, CORNER - u, u - (1 - CORNER)) / CORNER
      const dv = Math.max(0, radiusY - v, v - (1 - radiusY)) / radiusY
      if (du * du + dv * dv > 1) continue
      const sx = u * card.width - 0.5
      const sy = v * card.height - 0.5
      const x0 = Math.max(0, Math.floor(sx))
      const y0 = Math.max(0, Math.floor(sy))
      const x1 = Math.min(card.width - 1, x0 + 1)
      const y1 = Math.min(card.height - 1, y0 + 1)
      const fx = Math.max(0, sx - x0)
      const fy = Math.max(0, sy - y0)
      const p = (y * frame.width + x) * 4
      for (let ch = 0; ch < 3; ch++) {
        const at = (xx: number, yy: number) => card.data[(yy * card.width + xx) * 4 + ch]!
        const top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx
        const bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx
        frame.data[p + ch] = top * (1 - fy) + bottom * fy
      }
    }
}

/** Room light: an overall gain and a gentle gradient across the frame. */
function light(frame: RgbaImage, random: Random) {
  const gain = random.range(0.9, 1.05)
  const slope = random.range(-0.08, 0.08)
  for (let y = 0; y < frame.height; y++)
    for (let x = 0; x < frame.width; x++) {
      const m = gain * (1 + slope * (x / frame.width - 0.5))
      const p = (y * frame.width + x) * 4
      for (let c = 0; c < 3; c++) frame.data[p + c] = Math.min(255, frame.data[p + c]! * m)
    }
}

/** Separable Gaussian blur of the colour channels. */
function gaussian(frame: RgbaImage, sigma: number): RgbaImage {
  const radius = Math.ceil(sigma * 3)
  const kernel = Array.from({ length: 2 * radius + 1 }, (_, i) =>
    Math.exp(-((i - radius) ** 2) / (2 * sigma * sigma)),
  )
  const total = kernel.reduce((s, v) => s + v, 0)
  return convolve(
    frame,
    kernel.map((weight, i) => ({ dx: i - radius, dy: 0, weight: weight / total })),
    kernel.map((weight, i) => ({ dx: 0, dy: i - radius, weight: weight / total })),
  )
}

/** The average of copies of the frame along a straight path `px` long: a hand moving during the exposure. */
function smearAlong(frame: RgbaImage, px: number, angle: number): RgbaImage {
  const steps = Math.max(2, Math.round(px))
  const taps = Array.from({ length: steps }, (_, i) => {
    const s = (i / (steps - 1) - 0.5) * px
    return { dx: Math.round(s * Math.cos(angle)), dy: Math.round(s * Math.sin(angle)), weight: 1 / steps }
  })
  return convolve(frame, taps)
}

interface Tap {
  dx: number
  dy: number
  weight: number
}

/** Applies each list of taps in turn to the colour channels, edges clamped; one plane at a time for speed. */
function convolve(frame: RgbaImage, ...passes: Tap[][]): RgbaImage {
  const { width, height } = frame
  const data = new Uint8Array(frame.data.length).fill(255)
  for (let c = 0; c < 3; c++) {
    let plane = new Float32Array(width * height)
    for (let i = 0; i < plane.length; i++) plane[i] = frame.data[i * 4 + c]!
    for (const taps of passes) {
      const out = new Float32Array(plane.length)
      for (const { dx, dy, weight } of taps)
        for (let y = 0; y < height; y++) {
          const row = Math.min(height - 1, Math.max(0, y + dy)) * width
          const line = y * width
          const from = Math.max(0, -dx)
          const to = Math.min(width, width - dx)
          for (let x = 0; x < from; x++) out[line + x]! += plane[row]! * weight
          for (let x = from; x < to; x++) out[line + x]! += plane[row + x + dx]! * weight
          for (let x = Math.max(from, to); x < width; x++) out[line + x]! += plane[row + width - 1]! * weight
        }
      plane = out
    }
    for (let i = 0; i < plane.length; i++) data[i * 4 + c] = Math.round(plane[i]!)
  }
  return { ...frame, data }
}

/** Sensor noise: a shared luma part (triangular, σ ≈ amplitude) and a smaller colour part, red against blue. */
function addNoise(frame: RgbaImage, random: Random, amplitude: number) {
  const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v))
  for (let p = 0; p < frame.data.length; p += 4) {
    const luma = (random.next() + random.next() - 1) * 2.45 * amplitude
    const colour = (random.next() - 0.5) * amplitude
    frame.data[p] = clamp(frame.data[p]! + luma + colour)
    frame.data[p + 1] = clamp(frame.data[p + 1]! + luma)
    frame.data[p + 2] = clamp(frame.data[p + 2]! + luma - colour)
  }
}

/** Frames in a fake-camera MJPEG: Chromium loops them. */
const MJPEG_FRAMES = 30

/** The shot as a fake-camera feed (testing/fixtures/fixture-files.ts fakeCameraArgs), drawn once per seed. */
export function ensureSpecimenMjpeg(specimen: Specimen, shot: WebcamShot): string {
  const dir = join(GENERATED_DIR, 'specimen-webcam')
  const optics = Object.values(shot.optics).join('-')
  const path = join(dir, `${specimen.file.replace(/\.jpg$/, '')}.${shot.seed}.${optics}.${shot.range}.mjpeg`)
  if (existsSync(path)) return path
  const frame = specimenWebcamJpeg(loadSpecimen(specimen), shot)
  mkdirSync(dir, { recursive: true })
  writeFileSync(path, Buffer.concat(Array.from({ length: MJPEG_FRAMES }, () => frame)))
  return path
}
