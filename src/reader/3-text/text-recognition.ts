// Stage 3c, text recognition: PaddleOCR's CTC recogniser. Each line is cut from the image (its quad resampled
// straight into the tensor: height 48, width by aspect, (v/255 − 0.5)/0.5, BGR) and decoded greedily; every
// character keeps its probability and where it sat in the line, which field extraction uses for spaces.
import type { InferenceModel, Tensor } from '../inference-model.ts'
import { addBilinear, type RgbaImage } from '../reader-image.ts'
import { distance, type Quad } from '../geometry.ts'

export const LINE_HEIGHT = 48
/** PaddleOCR's rec_image_shape width: narrower lines are padded to it (unless the runtime's tuning says less) */
export const MIN_WIDTH = 320
const MAX_WIDTH = 2400

export interface ReadCharacter {
  char: string
  /** The winning class's probability at its strongest step */
  prob: number
  /** First and last time step (output column) the character held, and the line's step count */
  start: number
  end: number
  /** The runner-up non-blank class at the step of `prob` and its probability: tells a case doubt (S/s) from a
   *  doubt between shapes */
  alt?: string
  altProb?: number
}

export interface ReadText {
  text: string
  chars: ReadCharacter[]
  /** Mean of the characters' probabilities (PaddleOCR's line score) */
  confidence: number
  /** Output columns in the whole tensor and share of them the line's own pixels cover (the rest is padding) */
  steps: number
  contentShare: number
}

/** Native size of a line crop; boxes much taller than wide are turned to read left to right. */
export function cropSize(quad: Quad): { w: number; h: number; quad: Quad } {
  const w = Math.max(1, Math.max(distance(quad[0], quad[1]), distance(quad[3], quad[2])))
  const h = Math.max(1, Math.max(distance(quad[0], quad[3]), distance(quad[1], quad[2])))
  if (h / w >= 1.5) return { w: h, h: w, quad: [quad[1], quad[2], quad[3], quad[0]] }
  return { w, h, quad }
}

/**
 * [n, 3, 48, W] for the quads: each output pixel is mapped through the quad (bilinear in its corners — exact
 * for a rectangle) with k × k supersampling when the crop shrinks. `fixedWidth` pads (or squeezes) every line to
 * one width, as the direction classifier wants.
 */
export function lineTensor(
  image: RgbaImage,
  quads: readonly Quad[],
  fixedWidth?: number,
  minWidth = MIN_WIDTH,
): Tensor {
  const H = LINE_HEIGHT
  const crops = quads.map(cropSize)
  let width = fixedWidth ?? minWidth
  if (!fixedWidth) for (const c of crops) width = Math.max(width, Math.ceil((H * c.w) / c.h))
  width = Math.min(width, MAX_WIDTH)
  const plane = H * width
  const out = new Float32Array(quads.length * 3 * plane)
  const px = new Float32Array(3)
  crops.forEach((c, n) => {
    const lineWidth = Math.max(1, Math.min(width, Math.ceil((H * c.w) / c.h)))
    const base = n * 3 * plane
    const [p0, p1, p2, p3] = c.quad
    const kx = Math.max(1, Math.min(4, Math.round(c.w / lineWidth)))
    const ky = Math.max(1, Math.min(4, Math.round(c.h / H)))
    const inv = 1 / (kx * ky)
    for (let Y = 0; Y < H; Y++) {
      for (let X = 0; X < lineWidth; X++) {
        px[0] = px[1] = px[2] = 0
        for (let sy = 0; sy < ky; sy++) {
          const t = (Y + (sy + 0.5) / ky) / H
          for (let sx = 0; sx < kx; sx++) {
            const s = (X + (sx + 0.5) / kx) / lineWidth
            const a = (1 - s) * (1 - t)
            const b = s * (1 - t)
            const cc = s * t
            const d = (1 - s) * t
            const x = p0[0] * a + p1[0] * b + p2[0] * cc + p3[0] * d
            const y = p0[1] * a + p1[1] * b + p2[1] * cc + p3[1] * d
            addBilinear(image, x - 0.5, y - 0.5, px, 0)
          }
        }
        const p = Y * width + X
        out[base + p] = (px[2]! * inv) / 127.5 - 1
        out[base + plane + p] = (px[1]! * inv) / 127.5 - 1
        out[base + 2 * plane + p] = (px[0]! * inv) / 127.5 - 1
      }
    }
  })
  return { data: out, dims: [quads.length, 3, H, width] }
}

/** Class 0 is the CTC blank, class k + 1 dictionary entry k, and one class past the dictionary a space. */
export function charsetFor(dictionary: readonly string[], classes: number): string[] {
  const entries = dictionary.slice()
  while (entries.length && entries[entries.length - 1] === '') entries.pop()
  const charset = ['', ...entries]
  if (classes === charset.length + 1) charset.push(' ')
  if (classes !== charset.length) {
    throw new RangeError(`dictionary has ${entries.length} entries but the model has ${classes} classes`)
  }
  return charset
}

/** Greedy CTC: the best class per step, repeats merged, blanks dropped. */
export function ctcDecode(output: Tensor, charset: readonly string[]): ReadText[] {
  const [N = 0, T = 0, C = 0] = output.dims
  const p = output.data
  const results: ReadText[] = []
  for (let n = 0; n < N; n++) {
    const chars: ReadCharacter[] = []
    let previous = 0
    for (let t = 0; t < T; t++) {
      const o = (n * T + t) * C
      let best = 0
      let bestP = p[o]!
      // the runner-up among the characters (blank excluded), kept beside the winner
      let second = 0
      let secondP = -1
      for (let k = 1; k < C; k++) {
        const v = p[o + k]!
        if (v > bestP) {
          if (best !== 0) {
            second = best
            secondP = bestP
          }
          bestP = v
          best = k
        } else if (v > secondP) {
          second = k
          secondP = v
        }
      }
      const alt = { alt: charset[second] ?? '', altProb: Math.max(0, secondP) }
      const last = chars[chars.length - 1]
      if (best !== 0 && best === previous && last) {
        last.end = t
        if (bestP > last.prob) Object.assign(last, { prob: bestP }, alt)
      } else if (best !== 0) {
        chars.push({ char: charset[best] ?? '', prob: bestP, start: t, end: t, ...alt })
      }
      previous = best
    }
    const confidence = chars.length ? chars.reduce((s, c) => s + c.prob, 0) / chars.length : 0
    results.push({
      text: chars.map((c) => c.char).join(''),
      chars,
      confidence,
      steps: T,
      contentShare: 1,
    })
  }
  return results
}

/**
 * Recognises each quad of the image, results in the quads' order. With batchSize > 1, lines padded to the very
 * same width go in one run: each line's input is then exactly what it is alone, and convolutions, inference-mode
 * batch norm and attention work per item, so every line reads bit for bit as one at a time, in fewer runtime calls.
 */
export async function recognizeLines(
  model: InferenceModel,
  charsetOf: (classes: number) => readonly string[],
  image: RgbaImage,
  quads: readonly Quad[],
  batchSize = 1,
  minWidth = MIN_WIDTH,
): Promise<ReadText[]> {
  const widths = quads.map((q) => {
    const c = cropSize(q)
    return Math.ceil((LINE_HEIGHT * c.w) / c.h)
  })
  // the width lineTensor pads a line to when it runs alone
  const padded = widths.map((w) => Math.min(MAX_WIDTH, Math.max(minWidth, w)))
  const order = quads.map((_, i) => i).sort((a, b) => padded[a]! - padded[b]! || a - b)
  const results: ReadText[] = new Array<ReadText>(quads.length)
  for (let start = 0; start < order.length;) {
    const batch = [order[start]!]
    while (
      batch.length < batchSize &&
      start + batch.length < order.length &&
      padded[order[start + batch.length]!] === padded[order[start]!]
    )
      batch.push(order[start + batch.length]!)
    start += batch.length
    const tensor = lineTensor(
      image,
      batch.map((i) => quads[i]!),
      undefined,
      minWidth,
    )
    const output = await model.run(tensor)
    const read = ctcDecode(output, charsetOf(output.dims[2]!))
    batch.forEach((i, k) => {
      const r = read[k]!
      r.contentShare = Math.min(tensor.dims[3]!, widths[i]!) / tensor.dims[3]!
      results[i] = r
    })
  }
  return results
}
