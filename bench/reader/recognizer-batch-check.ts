// Does one recogniser run over N lines of the same width give each line exactly what N runs of one give? And how
// much faster is it? The lines are the ones real readings send (held-out cards, captured at the recogniser's seam),
// grouped by their padded width; each runtime (onnxruntime-node, onnxruntime-web in Node) runs every group both
// ways, alternating which goes first, so a loaded machine's noise falls on both alike.
// `tsx bench/reader/recognizer-batch-check.ts [cards=5] [threads=2] [set=real-crops] [most lines a run=64] [node,web]`
import { readFileSync } from 'node:fs'
import { decodeScaled } from '#server/image/decode-scaled.ts'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels } from '#server/reader/reader-models.ts'
import type { InferenceModel, ReaderModels, Tensor } from '#src/reader/inference-model.ts'
import { readCard } from '#src/reader/read-card.ts'
import { isBenchSet, loadSet } from './bench-sets.ts'
import { loadWebReaderModels } from './web-runtime-models.ts'

const [cards = '5', threads = '2', set = 'real-crops', most = '64', only = 'node,web'] = process.argv.slice(2)
if (!isBenchSet(set)) throw new RangeError(`no bench set ${set}`)
const items = loadSet(set).slice(0, Number(cards))
const nodeModels = await loadReaderModels({ threads: Number(threads) })
const webModels = await loadWebReaderModels(Number(threads))

/** Every single-line input the recogniser got while reading a card. */
async function capturedLines(models: ReaderModels, path: string): Promise<Tensor[]> {
  const lines: Tensor[] = []
  const recognizer: InferenceModel = {
    run(input) {
      if (input.dims[0] === 1) lines.push({ data: input.data.slice(), dims: [...input.dims] })
      return models.recognizer.run(input)
    },
  }
  const { image } = await decodeScaled(new Uint8Array(readFileSync(path)))
  await readCard(image, { ...models, recognizer }, decodeTables())
  return lines
}

function stack(lines: Tensor[]): Tensor {
  const size = lines[0]!.data.length
  const data = new Float32Array(size * lines.length)
  lines.forEach((l, i) => data.set(l.data, i * size))
  return { data, dims: [lines.length, ...lines[0]!.dims.slice(1)] }
}

interface Tally {
  lines: number
  groups: number
  bitEqual: number
  argmaxEqual: number
  maxDiff: number
  singleMs: number
  batchMs: number
}

async function check(model: InferenceModel, lines: Tensor[], t: Tally, singleFirst: boolean) {
  const byWidth = new Map<number, Tensor[]>()
  for (const l of lines) byWidth.set(l.dims[3]!, [...(byWidth.get(l.dims[3]!) ?? []), l])
  const groups = [...byWidth.values()].flatMap((g) =>
    Array.from({ length: Math.ceil(g.length / Number(most)) }, (_, i) =>
      g.slice(i * Number(most), (i + 1) * Number(most)),
    ),
  )
  for (const group of groups) {
    if (group.length < 2) continue
    t.groups++
    t.lines += group.length
    const runSingles = async () => {
      const started = performance.now()
      const outs: Tensor[] = []
      for (const l of group) outs.push(await model.run(l))
      t.singleMs += performance.now() - started
      return outs
    }
    const runBatch = async () => {
      const started = performance.now()
      const out = await model.run(stack(group))
      t.batchMs += performance.now() - started
      return out
    }
    let singles: Tensor[]
    let batched: Tensor
    if (singleFirst) {
      singles = await runSingles()
      batched = await runBatch()
    } else {
      batched = await runBatch()
      singles = await runSingles()
    }
    const [, T = 0, C = 0] = batched.dims
    singles.forEach((s, k) => {
      const b = batched.data.subarray(k * T * C, (k + 1) * T * C)
      let same = s.data.length === b.length
      let argmax = same
      for (let i = 0; i < b.length && argmax; i++) {
        const d = Math.abs(b[i]! - s.data[i]!)
        if (d !== 0) same = false
        t.maxDiff = Math.max(t.maxDiff, d)
      }
      for (let step = 0; step < T && argmax; step++) {
        let bi = 0
        let si = 0
        for (let c = 1; c < C; c++) {
          if (b[step * C + c]! > b[step * C + bi]!) bi = c
          if (s.data[step * C + c]! > s.data[step * C + si]!) si = c
        }
        if (bi !== si) argmax = false
      }
      if (same) t.bitEqual++
      if (argmax) t.argmaxEqual++
    })
  }
}

const tallies: Record<string, Tally> = {}
for (const [k, item] of items.entries()) {
  const lines = await capturedLines(nodeModels, item.path)
  for (const [name, models] of [
    ['node', nodeModels],
    ['web', webModels],
  ] as const) {
    if (!only.split(',').includes(name)) continue
    const t = (tallies[name] ??= {
      lines: 0,
      groups: 0,
      bitEqual: 0,
      argmaxEqual: 0,
      maxDiff: 0,
      singleMs: 0,
      batchMs: 0,
    })
    await check(models.recognizer, lines, t, k % 2 === 0)
  }
  const widths = lines.map((l) => l.dims[3]!)
  console.log(
    `${item.id}: ${lines.length} lines, ${new Set(widths).size} widths, ${widths.filter((w) => w === 320).length} at 320`,
  )
}
for (const [name, t] of Object.entries(tallies))
  console.log(
    `${name}: ${t.lines} lines in ${t.groups} same-width groups; bit-equal ${t.bitEqual}, argmax-equal ${t.argmaxEqual}, max |diff| ${t.maxDiff.toExponential(2)}; one at a time ${t.singleMs.toFixed(0)} ms, batched ${t.batchMs.toFixed(0)} ms (${(t.batchMs / t.singleMs).toFixed(2)}x)`,
  )
process.exit(0)
