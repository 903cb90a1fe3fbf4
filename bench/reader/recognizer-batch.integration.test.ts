// Batching the recogniser must not change a reading: on a real card, the reader with lines of the same width run
// together gives exactly the reading of one line a run (onnxruntime-node, as the server), and onnxruntime-web (as
// the device) reads a batch of real line crops bit for bit as it reads them one by one.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeScaled } from '#server/image/decode-scaled.ts'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels } from '#server/reader/reader-models.ts'
import type { InferenceModel, ReaderModels, Tensor } from '#src/reader/inference-model.ts'
import { readCard } from '#src/reader/read-card.ts'
import { realCropItems } from './bench-sets.ts'
import { loadWebReaderModels } from './web-runtime-models.ts'

/** The models with a recogniser that keeps every input it is given. */
function counting(models: ReaderModels, batch: number) {
  const inputs: Tensor[] = []
  const recognizer: InferenceModel = {
    run(input) {
      inputs.push({ data: input.data.slice(), dims: [...input.dims] })
      return models.recognizer.run(input)
    },
  }
  return { models: { ...models, recognizer, tuning: { recognitionBatch: batch } }, inputs }
}

const card = realCropItems()[0]!

describe('the recogniser, batched', () => {
  it('reads a real card exactly as one line a run, in fewer runs', { timeout: 180_000 }, async () => {
    const models = await loadReaderModels({ threads: 1 })
    const { image } = await decodeScaled(new Uint8Array(readFileSync(card.path)))
    const one = counting(models, 1)
    const eight = counting(models, 8)
    const alone = await readCard(image, one.models, decodeTables())
    const batched = await readCard(image, eight.models, decodeTables())
    if (!alone.ok || !batched.ok) throw new Error('the card was not read')
    // everything but how long it took: fields, warnings, portraits and the reading's whole account
    expect({ ...batched, timings: null }).toEqual({ ...alone, timings: null })
    expect(eight.inputs.length).toBeLessThan(one.inputs.length)
    expect(Math.max(...eight.inputs.map((t) => t.dims[0]!))).toBe(8)
  })

  it(
    'on onnxruntime-web, gives each line of a batch the very numbers it gives the line alone',
    { timeout: 180_000 },
    async () => {
      const node = counting(await loadReaderModels({ threads: 1 }), 1)
      const { image } = await decodeScaled(new Uint8Array(readFileSync(card.path)))
      await readCard(image, node.models, decodeTables())
      const lines = node.inputs.filter((t) => t.dims[3] === 320).slice(0, 6)
      expect(lines).toHaveLength(6)
      const web = await loadWebReaderModels(1)
      const batch = new Float32Array(lines.length * lines[0]!.data.length)
      lines.forEach((line, k) => batch.set(line.data, k * line.data.length))
      const together = await web.recognizer.run({
        data: batch,
        dims: [lines.length, ...lines[0]!.dims.slice(1)],
      })
      const size = together.data.length / lines.length
      for (const [k, line] of lines.entries()) {
        const alone = await web.recognizer.run(line)
        expect(Array.from(together.data.subarray(k * size, (k + 1) * size))).toEqual(Array.from(alone.data))
      }
    },
  )
})
