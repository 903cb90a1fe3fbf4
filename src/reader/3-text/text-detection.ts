// Stage 3a, text detection: PaddleOCR's DB detector. Pre-processing is DetResizeForTest + NormalizeImage +
// ToCHW (BGR, ImageNet mean/std, sides multiples of 32); post-processing is DBPostProcess: threshold, connected
// regions, minimum-area rectangle, box score, unclip.
import type { InferenceModel, Tensor } from '../inference-model.ts'
import type { RgbaImage } from '../reader-image.ts'
import { minAreaRect, orderQuad, rectCorners, unclipRect, type Point, type Quad } from '../geometry.ts'

export interface DetectionOptions {
  /** Longest side fed to the network */
  limitSide: number
  /** Probability above which a pixel is text */
  threshold: number
  /** Mean probability a region needs to count as a line */
  boxThreshold: number
  unclipRatio: number
  minSize: number
}

export const DETECTION_DEFAULTS: DetectionOptions = {
  limitSide: 960,
  threshold: 0.3,
  boxThreshold: 0.6,
  unclipRatio: 1.5,
  minSize: 3,
}

export interface DetectedBox {
  /** Corners in the input image's pixels, TL TR BR BL */
  quad: Quad
  score: number
}

const MEAN = [0.485, 0.456, 0.406] as const
const STD = [0.229, 0.224, 0.225] as const

export function detectionTensor(image: RgbaImage, limitSide: number): Tensor {
  const { width: w, height: h, data } = image
  const ratio = Math.max(w, h) > limitSide ? limitSide / Math.max(w, h) : 1
  const rh = Math.max(32, Math.round((h * ratio) / 32) * 32)
  const rw = Math.max(32, Math.round((w * ratio) / 32) * 32)
  const plane = rw * rh
  const out = new Float32Array(3 * plane)
  const sx = w / rw
  const sy = h / rh
  // (v / 255 − mean) / std per channel, planes in BGR order as PaddleOCR reads images with OpenCV
  const scale = [1 / (255 * STD[0]), 1 / (255 * STD[1]), 1 / (255 * STD[2])]
  const shift = [MEAN[0] / STD[0], MEAN[1] / STD[1], MEAN[2] / STD[2]]
  if (rw === w && rh === h) {
    // the straightened card is fed at its own size: each pixel is its own sample, the same values without the taps
    for (let p = 0; p < plane; p++)
      for (let ch = 0; ch < 3; ch++) {
        const plane2 = 2 - ch
        out[plane2 * plane + p] = data[p * 4 + ch]! * scale[plane2]! - shift[plane2]!
      }
    return { data: out, dims: [1, 3, rh, rw] }
  }
  for (let y = 0; y < rh; y++) {
    const fy = Math.max(0, (y + 0.5) * sy - 0.5)
    const y0 = Math.min(Math.floor(fy), h - 1)
    const y1 = Math.min(y0 + 1, h - 1)
    const wy = Math.min(fy - y0, 1)
    for (let x = 0; x < rw; x++) {
      const fx = Math.max(0, (x + 0.5) * sx - 0.5)
      const x0 = Math.min(Math.floor(fx), w - 1)
      const x1 = Math.min(x0 + 1, w - 1)
      const wx = Math.min(fx - x0, 1)
      const i00 = (y0 * w + x0) * 4
      const i01 = (y0 * w + x1) * 4
      const i10 = (y1 * w + x0) * 4
      const i11 = (y1 * w + x1) * 4
      const a = (1 - wx) * (1 - wy)
      const b = wx * (1 - wy)
      const c = (1 - wx) * wy
      const d = wx * wy
      const p = y * rw + x
      for (let ch = 0; ch < 3; ch++) {
        const v = data[i00 + ch]! * a + data[i01 + ch]! * b + data[i10 + ch]! * c + data[i11 + ch]! * d
        // RGB channel ch goes to plane 2 − ch (BGR), with the BGR plane's mean and std
        const plane2 = 2 - ch
        out[plane2 * plane + p] = v * scale[plane2]! - shift[plane2]!
      }
    }
  }
  return { data: out, dims: [1, 3, rh, rw] }
}

/** Mean probability inside a convex box (PaddleOCR box_score_fast). */
function boxScore(prob: Float32Array, w: number, h: number, box: readonly Point[]): number {
  const xs = box.map((p) => p[0])
  const ys = box.map((p) => p[1])
  const x0 = Math.max(0, Math.min(w - 1, Math.floor(Math.min(...xs))))
  const x1 = Math.max(0, Math.min(w - 1, Math.ceil(Math.max(...xs))))
  const y0 = Math.max(0, Math.min(h - 1, Math.floor(Math.min(...ys))))
  const y1 = Math.max(0, Math.min(h - 1, Math.ceil(Math.max(...ys))))
  const n = box.length
  let orientation = 0
  for (let i = 0; i < n && orientation === 0; i++) {
    const a = box[i]!
    const b = box[(i + 1) % n]!
    const c = box[(i + 2) % n]!
    orientation = Math.sign((b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]))
  }
  let sum = 0
  let count = 0
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      let inside = true
      for (let i = 0; i < n && inside; i++) {
        const a = box[i]!
        const b = box[(i + 1) % n]!
        const ex = b[0] - a[0]
        const ey = b[1] - a[1]
        // half a pixel of slack, as fillPoly includes the edge
        if ((orientation * (ex * (y - a[1]) - ey * (x - a[0]))) / (Math.hypot(ex, ey) || 1) < -0.5)
          inside = false
      }
      if (inside) {
        sum += prob[y * w + x]!
        count++
      }
    }
  }
  return count ? sum / count : 0
}

/** Probability map → line boxes in the coordinates of an image of srcW × srcH. */
export function boxesFromProbability(
  map: Tensor,
  srcW: number,
  srcH: number,
  options: DetectionOptions = DETECTION_DEFAULTS,
): DetectedBox[] {
  const h = map.dims[2]!
  const w = map.dims[3]!
  const prob = map.data
  const n = w * h
  const seen = new Uint8Array(n)
  const stack = new Int32Array(n)
  const boxes: DetectedBox[] = []
  for (let start = 0; start < n; start++) {
    if (seen[start] || prob[start]! <= options.threshold) continue
    let top = 0
    stack[top++] = start
    seen[start] = 1
    const boundary: Point[] = []
    while (top > 0) {
      const k = stack[--top]!
      const x = k % w
      const y = (k - x) / w
      let edge = false
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -1; dx <= 1; dx++) {
          if (dx === 0 && dy === 0) continue
          const xx = x + dx
          const yy = y + dy
          const straight = dx === 0 || dy === 0
          if (xx < 0 || yy < 0 || xx >= w || yy >= h) {
            if (straight) edge = true
            continue
          }
          const kk = yy * w + xx
          if (prob[kk]! <= options.threshold) {
            if (straight) edge = true
          } else if (!seen[kk]) {
            seen[kk] = 1
            stack[top++] = kk
          }
        }
      }
      if (edge) boundary.push([x, y])
    }
    if (boundary.length < 2) continue
    const rect = minAreaRect(boundary)
    if (Math.min(rect.w, rect.h) < options.minSize) continue
    const score = boxScore(prob, w, h, orderQuad(rectCorners(rect)))
    if (score < options.boxThreshold) continue
    const grown = unclipRect(rect, options.unclipRatio)
    if (Math.min(grown.w, grown.h) < options.minSize + 2) continue
    const quad = orderQuad(
      rectCorners(grown).map((p): Point => [
        Math.min(Math.max((p[0] / w) * srcW, 0), srcW),
        Math.min(Math.max((p[1] / h) * srcH, 0), srcH),
      ]),
    )
    boxes.push({ quad, score })
  }
  return boxes
}

export async function detectText(
  model: InferenceModel,
  image: RgbaImage,
  options: DetectionOptions = DETECTION_DEFAULTS,
): Promise<DetectedBox[]> {
  const map = await model.run(detectionTensor(image, options.limitSide))
  return boxesFromProbability(map, image.width, image.height, options)
}
