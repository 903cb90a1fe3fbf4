import { describe, expect, it } from 'vitest'
import type { Quad } from '../geometry.ts'
import type { InferenceModel, ReaderModels, Tensor } from '../inference-model.ts'
import { blankImage } from '../reader-image.ts'
import { readCardText } from './read-card-text.ts'

const W = 320
const H = 192
const DICTIONARY = ['a', 'b']

/** A detector whose map shows two text rows (at any input size), counting its runs. */
function twoRowDetector() {
  let runs = 0
  const model: InferenceModel = {
    async run(input: Tensor) {
      runs++
      const [, , h = 0, w = 0] = input.dims
      const map = new Float32Array(h * w)
      for (const [top, bottom, left, right] of [
        [0.2, 0.3, 0.1, 0.6],
        [0.7, 0.8, 0.3, 0.9],
      ] as const)
        for (let y = Math.round(top * h); y < Math.round(bottom * h); y++)
          for (let x = Math.round(left * w); x < Math.round(right * w); x++) map[y * w + x] = 1
      return { data: map, dims: [1, 1, h, w] }
    },
  }
  return { model, runs: () => runs }
}

/** A recogniser that reads every line as `a`, and a direction classifier sure that lines are upright. */
const reads: InferenceModel = {
  async run(input: Tensor) {
    const [n = 0] = input.dims
    const classes = DICTIONARY.length + 1
    const data = new Float32Array(n * classes)
    for (let i = 0; i < n; i++) data[i * classes + 1] = 1
    return { data, dims: [n, 1, classes] }
  },
}
const upright: InferenceModel = {
  async run(input: Tensor) {
    const [n = 0] = input.dims
    const data = new Float32Array(n * 2)
    for (let i = 0; i < n; i++) data[i * 2] = 1
    return { data, dims: [n, 2] }
  },
}

const corners: Quad = [
  [0, 0],
  [W, 0],
  [W, H],
  [0, H],
]

describe('readCardText, read again the other way up', () => {
  it('reuses the first reading’s boxes: the detector runs once, the boxes come turned round', async () => {
    const detector = twoRowDetector()
    const models: ReaderModels = {
      detector: detector.model,
      recognizer: reads,
      orientation: upright,
      dictionary: DICTIONARY,
    }
    const card = blankImage(W, H)
    const first = await readCardText(models, card, corners, card)
    expect(first.turned).toBe(false)
    expect(first.lines).toHaveLength(2)
    expect(detector.runs()).toBe(1)

    const again = await readCardText(models, card, corners, first.detection.card, true, first.detection.boxes)
    expect(detector.runs()).toBe(1)
    expect(again.turned).toBe(true)
    expect(again.corners).toEqual([corners[2], corners[3], corners[0], corners[1]])
    // each box turned half way round the card: (x, y) → (1 − x, 1 − y), corners kept TL TR BR BL
    const turnedRound = first.lines.map((l) => [2, 3, 0, 1].map((k) => [1 - l.box[k]![0], 1 - l.box[k]![1]]))
    for (const [i, line] of again.lines.entries())
      for (const [k, p] of line.box.entries()) {
        expect(p[0]).toBeCloseTo(turnedRound[i]![k]![0]!, 9)
        expect(p[1]).toBeCloseTo(turnedRound[i]![k]![1]!, 9)
      }
  })

  it('detects afresh when no earlier boxes are given', async () => {
    const detector = twoRowDetector()
    const models: ReaderModels = {
      detector: detector.model,
      recognizer: reads,
      orientation: upright,
      dictionary: DICTIONARY,
    }
    const card = blankImage(W, H)
    await readCardText(models, card, corners, card)
    await readCardText(models, card, corners, card, true)
    expect(detector.runs()).toBe(2)
  })
})
