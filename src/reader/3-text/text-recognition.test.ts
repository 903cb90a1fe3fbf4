import { describe, expect, it } from 'vitest'
import type { Quad } from '../geometry.ts'
import type { InferenceModel, Tensor } from '../inference-model.ts'
import { blankImage } from '../reader-image.ts'
import { LINE_HEIGHT, recognizeLines } from './text-recognition.ts'

const DICTIONARY = ['a', 'b', 'c', 'd', 'e']
const charsetOf = () => ['', ...DICTIONARY]

/** Five stripes of different grey, each one "line" whose first pixel tells which letter it shows. */
function stripes() {
  const image = blankImage(600, 100)
  for (let y = 0; y < 100; y++)
    for (let x = 0; x < 600; x++) {
      const v = 40 * Math.floor(y / 20) + 20
      image.data.set([v, v, v, 255], (y * 600 + x) * 4)
    }
  // widths out of order, so sorting by width reorders them
  const widths = [500, 150, 420, 90, 300]
  return {
    image,
    quads: widths.map((w, i): Quad => [
      [0, i * 20 + 2],
      [w, i * 20 + 2],
      [w, i * 20 + 18],
      [0, i * 20 + 18],
    ]),
  }
}

/** A recogniser that reads each line's first pixel as one letter, with a probability that depends on every
 *  column of its own input (so a line padded wider than alone reads otherwise), and counts its runs. */
function letterModel() {
  const runs: number[][] = []
  const model: InferenceModel = {
    async run(input: Tensor) {
      const [n = 0, , h = 0, w = 0] = input.dims
      runs.push([...input.dims])
      const steps = Math.max(1, w / 8)
      const classes = DICTIONARY.length + 1
      const data = new Float32Array(n * steps * classes)
      for (let k = 0; k < n; k++) {
        const row = input.data.subarray(k * 3 * h * w + (h >> 1) * w, k * 3 * h * w + ((h >> 1) + 1) * w)
        const grey = (row[0]! + 1) * 127.5
        const letter = 1 + Math.min(DICTIONARY.length - 1, Math.floor(grey / 40))
        const mean = row.reduce((sum, v) => sum + v, 0) / w
        for (let t = 0; t < steps; t++)
          data[(k * steps + t) * classes + (t === 0 ? letter : 0)] = 0.75 + mean / 8
      }
      return { data, dims: [n, steps, classes] }
    },
  }
  return { model, runs }
}

/** Lines 16 pixels high: 270, 300, 180 and 240 columns (each padded to 320), 900 twice, 999 and 1260. */
function likeWidths() {
  const { image } = stripes()
  const widths = [90, 300, 100, 420, 300, 60, 333, 80]
  return {
    image,
    quads: widths.map((w, i): Quad => [
      [0, (i % 5) * 20 + 2],
      [w, (i % 5) * 20 + 2],
      [w, (i % 5) * 20 + 18],
      [0, (i % 5) * 20 + 18],
    ]),
  }
}

describe('recognizeLines', () => {
  it('gives each line its own reading in the order asked, batched or not', async () => {
    const { image, quads } = likeWidths()
    const single = letterModel()
    const batched = letterModel()
    const one = await recognizeLines(single.model, charsetOf, image, quads)
    const four = await recognizeLines(batched.model, charsetOf, image, quads, 4)
    expect(one.map((r) => r.text)).toEqual(['a', 'b', 'c', 'd', 'e', 'a', 'b', 'c'])
    expect(four).toEqual(one)
    expect(single.runs).toHaveLength(8)
    expect(batched.runs.length).toBeLessThan(8)
    expect(batched.runs.every((dims) => dims[2] === LINE_HEIGHT)).toBe(true)
  })

  it('batches only lines padded to the same width, so each reads exactly as it does alone', async () => {
    const { image, quads } = likeWidths()
    const single = letterModel()
    const { model, runs } = letterModel()
    const one = await recognizeLines(single.model, charsetOf, image, quads)
    const read = await recognizeLines(model, charsetOf, image, quads, 3)
    // four lines padded to 320 (three, then one: at most 3 a run), two at 900; 999 is near 900 but runs alone
    expect(runs.map((d) => [d[0], d[3]])).toEqual([
      [3, 320],
      [1, 320],
      [2, 900],
      [1, 999],
      [1, 1260],
    ])
    expect(read).toEqual(one)
    expect(read[0]!.contentShare).toBeCloseTo(270 / 320)
    expect(read[1]!.contentShare).toBe(1)
  })

  it('never pads a line wider than it is alone: lines of near width run apart', async () => {
    const { image, quads } = stripes()
    const { model, runs } = letterModel()
    await recognizeLines(model, charsetOf, image, quads, 4)
    // 270 (padded to 320), 450, 900, 1260 and 1500 columns: no two alike
    expect(runs.map((d) => d[0])).toEqual([1, 1, 1, 1, 1])
  })

  it('pads a short line to the narrowest input the tuning allows, and reads it the same', async () => {
    const { image, quads } = stripes()
    const padded = letterModel()
    const narrow = letterModel()
    const wide = await recognizeLines(padded.model, charsetOf, image, quads)
    const tight = await recognizeLines(narrow.model, charsetOf, image, quads, 1, 160)
    expect(tight.map((r) => r.text)).toEqual(wide.map((r) => r.text))
    // the 90-pixel line is 270 columns: padded to PaddleOCR's 320 by default, to nothing at 160
    expect(padded.runs.map((d) => d[3]).sort((a, b) => a! - b!)[0]).toBe(320)
    expect(narrow.runs.map((d) => d[3]).sort((a, b) => a! - b!)[0]).toBe(270)
  })
})
