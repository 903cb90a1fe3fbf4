// A card's speed with its accuracy, set by set, in one process on onnxruntime-node: fields right, right fields
// flagged, sure and wrong, p50 and CPU per card, and the work each model did (detector pixels, recogniser
// columns, direction-classifier lines, runs) — counts a loaded machine does not blur, as wall times are.
// `tsx bench/reader/speed-sets.ts [sets=real-crops,real-photos,heldOut] [--peer]`; `set:n` reads every n-th
// card of a set (a sample across its generations and designs); --peer reads the real crops with Tesseract in a
// child process first, for the ratio in the same run; SPEED_MISSES=1 lists the wrong fields.
import { readFileSync } from 'node:fs'
import { readCardBytes } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels } from '#server/reader/reader-models.ts'
import type { InferenceModel, ReaderModels, ReaderTuning, Tensor } from '#src/reader/inference-model.ts'
import { readerFieldNames } from '#src/reader/local-reading.ts'
import { isBenchSet, loadSet } from './bench-sets.ts'
import { runContender } from './run-contender.ts'
import { fieldsRight, flaggedRight, mergeGroups, p50, scoreGroups } from './score-groups.ts'
import { percentile, type Reading } from './score-readings.ts'

const args = process.argv.slice(2)
const peer = args.includes('--peer')
const [setsArg = 'real-crops,real-photos,heldOut'] = args.filter((a) => !a.startsWith('--'))
const sets = setsArg.split(',').map((spec) => {
  const [name = '', every = '1'] = spec.split(':')
  return { name, every: Number(every) }
})

let work: Record<string, number> = {}
const count = (key: string, n: number) => (work[key] = (work[key] ?? 0) + n)
function counted(name: string, model: InferenceModel, measure: (dims: readonly number[]) => number) {
  return {
    async run(tensor) {
      count(`${name} runs`, 1)
      count(name, measure(tensor.dims))
      if (name === 'recogniser columns') count('recogniser columns with print', printedColumns(tensor))
      return model.run(tensor)
    },
  } satisfies InferenceModel
}
/** Columns of an [N,3,48,W] line tensor up to each line's last non-zero one: the rest is padding (exact zeros) */
function printedColumns(tensor: Tensor): number {
  const [n = 0, c = 0, h = 0, w = 0] = tensor.dims
  let total = 0
  for (let line = 0; line < n; line++) {
    let last = 0
    for (let ch = 0; ch < c; ch++)
      for (let y = 0; y < h; y++) {
        const row = ((line * c + ch) * h + y) * w
        for (let x = w - 1; x >= last; x--)
          if (tensor.data[row + x] !== 0) {
            last = x + 1
            break
          }
      }
    total += last
  }
  return total
}
const loaded = await loadReaderModels()
const models: ReaderModels = {
  ...loaded,
  // SPEED_TUNING='{"recognitionMinWidth":160}' tries a runtime tuning over the node adapter's own
  tuning: { ...loaded.tuning, ...(JSON.parse(process.env.SPEED_TUNING ?? '{}') as ReaderTuning) },
  // [1,3,H,W]: pixels; [N,3,48,W]: columns of the recogniser's input, padding included; [N,…]: lines
  detector: counted('detector kpx', loaded.detector, (d) => (d[2]! * d[3]!) / 1000),
  recognizer: counted('recogniser columns', loaded.recognizer, (d) => d[0]! * d[3]!),
  orientation: counted('direction lines', loaded.orientation, (d) => d[0]!),
}

let peerP50: number | null = null
if (peer) {
  const run = runContender('tesseract', 'real-crops', undefined)
  peerP50 = percentile(
    run.readings.map((r) => r.ms),
    50,
  )
}

for (const { name: set, every } of sets) {
  if (!isBenchSet(set)) throw new Error(`no such set: ${set}`)
  const items = loadSet(set).filter((_, i) => i % every === 0)
  const readings: Reading[] = []
  const perCard: Record<string, number[]> = {}
  for (const item of items) {
    const bytes = new Uint8Array(readFileSync(item.path))
    work = {}
    const cpu = process.cpuUsage()
    const started = performance.now()
    const { Response: r } = await readCardBytes(bytes, { models, requestId: item.id })
    const ms = performance.now() - started
    const used = process.cpuUsage(cpu)
    count('cpu ms', (used.user + used.system) / 1000)
    for (const [k, v] of Object.entries(work)) (perCard[k] ??= []).push(v)
    if ('Error' in r)
      readings.push({ fields: null, uncertain: [], unconfirmedChars: 0, ms, error: r.Error.Code })
    else
      readings.push({
        fields: Object.fromEntries(readerFieldNames.map((n) => [n, r[n]])) as Reading['fields'],
        uncertain: r.LocalReading.UncertainFields,
        unconfirmedChars: r.LocalReading.ChineseNameCharacters.filter((c) => !c.confirmed).length,
        ms,
      })
  }
  const groups = scoreGroups(items, readings)
  for (const g of [...groups, mergeGroups(`${set}${every > 1 ? ` every ${every}th` : ''} (all)`, groups)]) {
    const ratio = peerP50 ? `  ${(p50(g) / peerP50).toFixed(2)}× Tesseract's crops p50` : ''
    console.log(
      `${g.group.padEnd(44)} ${String(g.cards).padStart(3)} cards  right ${g.right}/${g.fields} ` +
        `(${fieldsRight(g).toFixed(1)} %)  flagged ${flaggedRight(g).toFixed(1)} %  sure&wrong ${g.sureWrong}  ` +
        `errors ${g.errors}  p50 ${p50(g).toFixed(0)} ms${ratio}`,
    )
  }
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / Math.max(1, items.length)
  console.log(
    `  per card (mean): ${Object.entries(perCard)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k} ${mean(v).toFixed(k.endsWith('runs') ? 1 : 0)}`)
      .join(', ')}`,
  )
  if (process.env.SPEED_MISSES)
    for (const g of groups) for (const miss of g.misses) console.log(`  miss: ${miss}`)
}
if (peerP50 !== null) console.log(`Tesseract p50 on the real crops, same run: ${peerP50.toFixed(0)} ms`)
process.exit(0)
