// `npm run bench:device` (read by `npm run bench`): issue 24's figures. On the same held-out bank cards, the
// server reader (onnxruntime-node in this process, as bench:reader runs it) and the device reader in headless
// Chromium (the app's build of its worker and assets, served by our own site): fields that differ, each one's
// p50 and the ratio, the download (raw and gzip), a cold first reading, model bytes on a second visit, peak
// browser memory, and the initial JS. `--cards N` (or DEVICE_BENCH_CARDS) reads the first N held-out cards.
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { normalizeHkidOcr } from '#src/hkid/normalize-card.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { localReaderAnswerSchema } from '#server/reader/local-reader-answer.ts'
import { readCard } from '#src/reader/read-card.ts'
import { decodeScaled } from '#server/image/decode-scaled.ts'
import { decodeTables, readCardBytes } from '#server/reader/read-card-bytes.ts'
import { loadReaderModels } from '#server/reader/reader-models.ts'
import { ensureOcrBank } from '#testing/banks/ocr-bank/make-ocr-bank.ts'
import { buildDeviceReaderPage } from '#testing/device-reader/build-device-reader-page.ts'
import { initialChunks } from '../app/bundle-bench.ts'
import { markdownTable } from '../lib/bench-row.ts'
import { loadSet } from './bench-sets.ts'
import { runDeviceReader } from './device-browser-run.ts'
import { percentile } from './score-readings.ts'

const RESULTS = fileURLToPath(new URL('./device-results.md', import.meta.url))
const INITIAL_JS_BUDGET = 120_000

type Comparable = Omit<RecognizeResult, 'requestId' | 'ticket'>

/** Fields compared: the card's, the warnings and what was checked, the reading's account (portrait bytes aside:
 *  two JPEG encoders never write the same bytes, so only that each portrait was cut). */
function flatten(result: Comparable | null): Record<string, string> {
  if (!result) return { outcome: 'no card' }
  const { card, portraits, ...rest } = result
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(card)) flat[`card.${name}`] = JSON.stringify(value)
  for (const [name, value] of Object.entries(rest)) flat[name] = JSON.stringify(value)
  flat['portraits'] = `${!!portraits.primary}/${!!portraits.secondary}`
  return flat
}

function cardsOption(): number {
  const at = process.argv.indexOf('--cards')
  return Number(at > 0 ? process.argv[at + 1] : (process.env.DEVICE_BENCH_CARDS ?? 10))
}

/** The reader's assets as built, gzip -9 (the build's `.gz` where it wrote one) and the smallest the build
 *  wrote (brotli mostly): what a browser that accepts brotli downloads. */
function assetSizes(dir: string): { raw: number; gzip: number; smallest: number } {
  let raw = 0
  let gzip = 0
  let smallest = 0
  for (const name of readdirSync(join(dir, 'assets'))) {
    // the test page's own script is not the reader's; .gz and .br are the build's variants of the others
    if (name.startsWith('index-') || /\.(gz|br)$/.test(name)) continue
    const path = join(dir, 'assets', name)
    const size = statSync(path).size
    const gz = existsSync(`${path}.gz`)
      ? statSync(`${path}.gz`).size
      : gzipSync(readFileSync(path), { level: 9 }).length
    const br = existsSync(`${path}.br`) ? statSync(`${path}.br`).size : size
    raw += size
    gzip += Math.min(size, gz)
    smallest += Math.min(size, gz, br)
  }
  return { raw, gzip, smallest }
}

async function initialJsGzip(): Promise<number> {
  const out = fileURLToPath(new URL('../../dist-device-bench-app/', import.meta.url))
  await build({ logLevel: 'warn', build: { manifest: true, outDir: out, emptyOutDir: true } })
  const manifest = JSON.parse(readFileSync(join(out, '.vite/manifest.json'), 'utf8'))
  const total = initialChunks(manifest).js.reduce(
    (n, file) => n + gzipSync(readFileSync(join(out, file)), { level: 9 }).length,
    0,
  )
  rmSync(out, { recursive: true, force: true })
  return total
}

const log = (line: string) => console.log(line)
const count = cardsOption()
await ensureOcrBank({ log })
const items = loadSet('heldOut').slice(0, count)
log(`device bench: ${items.length} held-out cards; server reader first`)
const models = await loadReaderModels()
const server: { ms: number; result: Comparable | null }[] = []
for (const item of items) {
  const bytes = new Uint8Array(readFileSync(item.path))
  const started = performance.now()
  const answer = await readCardBytes(bytes, { models })
  const ms = performance.now() - started
  // As the server's local recogniser does: the answer checked by the reader's seam schema, then normalised
  const checked = localReaderAnswerSchema.parse(answer.Response)
  const result = checked.Error ? null : normalizeHkidOcr(checked)
  const { requestId: _r, ticket: _t, ...comparable } = result ?? { requestId: '' }
  server.push({ ms, result: result ? (comparable as Comparable) : null })
}
// Where one server reading's time goes, on the first card: decode, then the pure reader's find and read.
const serverStages = await (async () => {
  const bytes = new Uint8Array(readFileSync(items[0]!.path))
  const started = performance.now()
  const { image } = await decodeScaled(bytes)
  const decodeMs = performance.now() - started
  const reading = await readCard(image, models, decodeTables())
  return reading.ok ? { decodeMs, ...reading.timings } : null
})()
log('device bench: building the device reader page, then Chromium')
const dir = await buildDeviceReaderPage()
const device = await runDeviceReader(dir, items)
const initialJs = await initialJsGzip()

let cardsDiffering = 0
let fieldsDiffering = 0
const differences: string[][] = []
// Both pages' readings count: threads must not change a field either.
for (const [page, readings] of [
  ['', device.readings],
  [' (1 thread)', device.oneThreadReadings],
] as const)
  readings.forEach((reading, i) => {
    const a = flatten(server[i]!.result)
    const b = flatten(reading.outcome.kind === 'card' ? reading.outcome.result : null)
    const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((n) => a[n] !== b[n])
    if (names.length) cardsDiffering++
    fieldsDiffering += names.length
    for (const n of names) differences.push([`${reading.id}${page}`, n, a[n] ?? '—', b[n] ?? '—'])
  })
const serverP50 = percentile(
  server.map((s) => s.ms),
  50,
)
const deviceP50 = percentile(
  device.readings.map((r) => r.ms),
  50,
)
const oneThreadP50 = percentile(
  device.oneThreadReadings.map((r) => r.ms),
  50,
)
const stageNames = ['decodeMs', 'findMs', 'ocrMs'] as const
const deviceStages = device.readings[0]?.stages
const oneThreadStages = device.oneThreadReadings[0]?.stages
const stageRows = [
  ...stageNames.map((name) => [
    name.replace('Ms', ''),
    serverStages ? serverStages[name].toFixed(0) : '—',
    deviceStages ? deviceStages[name].toFixed(0) : '—',
    oneThreadStages ? oneThreadStages[name].toFixed(0) : '—',
  ]),
  [
    'finish (portraits, answer)',
    '—',
    deviceStages?.finishMs.toFixed(0) ?? '—',
    oneThreadStages?.finishMs.toFixed(0) ?? '—',
  ],
]
const load = (await import('node:os')).loadavg()[0]!.toFixed(1)
const sizes = assetSizes(dir)
const rows = [
  {
    name: 'device reader: cards read differently from the server reader (count, 0)',
    measured: cardsDiffering,
    budget: 0,
  },
  {
    name: 'device reader: fields read differently from the server reader (count, 0)',
    measured: fieldsDiffering,
    budget: 0,
  },
  { name: 'device reader: per-card p50, models cached (ms, ≤ 1500)', measured: deviceP50, budget: 1500 },
  {
    name: 'device reader: per-card p50 vs the server reader (ms, ≤ 2.5×)',
    measured: deviceP50,
    budget: 2.5 * serverP50,
    peer: serverP50,
  },
  {
    name: 'device reader: model bytes downloaded on a second visit (count, 0)',
    measured: device.secondVisitModelBytes,
    budget: 0,
  },
  {
    name: "device reader: bytes on the wire for the reader's assets, first visit (count, ≤ gzip)",
    measured: device.firstVisitAssetBytes,
    budget: sizes.gzip,
  },
  {
    name: 'initial JS gzip with the device reader built (count, ≤ 120000)',
    measured: initialJs,
    budget: INITIAL_JS_BUDGET,
  },
].map((row) => ({
  ...row,
  measured: Math.round(row.measured),
  budget: Math.round(row.budget),
  ratio: row.budget ? row.measured / row.budget : 0,
  peer: row.peer === undefined ? null : Math.round(row.peer),
  met: row.measured <= row.budget,
}))
const figures = [
  `Cards: ${items.length} held-out bank cards (\`--cards N\`).`,
  `Server reader p50 ${serverP50.toFixed(0)} ms; device reader p50 ${deviceP50.toFixed(0)} ms (${(deviceP50 / serverP50).toFixed(2)}×), isolated page, ${device.threads} threads.`,
  `Threads, interleaved on the same cards: the isolated page (${device.threads} threads) p50 ${deviceP50.toFixed(0)} ms, the same page framed by another site (not isolated, 1 thread) p50 ${oneThreadP50.toFixed(0)} ms: ${(deviceP50 / oneThreadP50).toFixed(2)}× (threads / one thread; load average ${load} on ${(await import('node:os')).availableParallelism()} cores at the end).`,
  `Download, code + runtime + models: ${sizes.raw} B as built, ${sizes.gzip} B gzip -9, ${sizes.smallest} B as our server sends them to a browser that accepts brotli (precompressed at build); on the wire on the first visit: ${device.firstVisitAssetBytes} B.`,
  `Cold cache: preparation ${device.coldPrepareMs.toFixed(0)} ms, first reading done after ${device.coldFirstReadingMs.toFixed(0)} ms.`,
  `Second visit (a new page, same browser): ${device.secondVisitAssetBytes} B of the reader's assets on the wire, ${device.secondVisitModelBytes} B of them models and runtime (Cache Storage keeps those).`,
  `Peak RSS of Chromium's process tree (browser, renderer with the worker, GPU, utility): ${device.peakRssMb.toFixed(0)} MB.`,
  `Initial JS gzip of the app's build: ${initialJs} B of ${INITIAL_JS_BUDGET}.`,
]
const text = [
  "# bench:device, issue 24's figures",
  '',
  `Measured ${new Date().toISOString()} by \`npm run bench:device\`.`,
  '',
  markdownTable(
    ['budget', 'measured', 'budget', 'ratio', 'peer', 'met'],
    rows.map((r) => [
      r.name,
      String(r.measured),
      String(r.budget),
      r.ratio.toFixed(3),
      r.peer === null ? '—' : String(r.peer),
      r.met ? 'yes' : 'no',
    ]),
  ),
  '',
  ...figures.flatMap((line) => [line, '']),
  `Where one reading's time goes (first card, ms):`,
  '',
  markdownTable(
    ['stage', 'server reader', `device, ${device.threads} threads`, 'device, 1 thread'],
    stageRows,
  ),
  '',
  differences.length
    ? markdownTable(['card', 'field', 'server', 'device'], differences)
    : 'Every compared field identical.',
  '',
  '```json',
  JSON.stringify(rows, null, 2),
  '```',
  '',
].join('\n')
writeFileSync(RESULTS, text)
log(text)
