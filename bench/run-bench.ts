// `npm run bench`: measures every budget of docs/budgets.md in one run (plus start-up, responsiveness and end-to-end
// rows whose budgets are proposed), prints one table, writes bench/results.md and the README's Performance
// section. BENCH_RUNS sets the repetitions (default 9, at least 7). Not part of CI: run by hand, commit.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { runBundleBench } from './app/bundle-bench.ts'
import { runEndToEndBench } from './app/end-to-end-bench.ts'
import { runReviewInputBench } from './app/review-input-bench.ts'
import { runStartupBench } from './app/startup-bench.ts'
import { measureMeter } from './capture-meter.ts'
import { runSceneBankBench } from './capture/scene-bank-bench.ts'
import { specimenRows, specimenVerdicts } from './capture/specimen-meter-bench.ts'
import { runCompressBench } from './compress/run-compress-bench.ts'
import { buildApp, startAppServer } from './lib/app-server.ts'
import { launchCameraBrowser, freshContext } from './lib/bench-browser.ts'
import { type BenchRow, budgetTable } from './lib/bench-row.ts'
import { machineDescription } from './lib/machine.ts'
import { readServerRows } from './lib/server-rows.ts'
import { readRecordRows } from './records/record-rows.ts'
import { runRecognizerPathBench } from './reader/recognizer-path-bench.ts'
import { runReaderBench } from './reader/run-reader-bench.ts'

const runs = Math.max(7, Number(process.env.BENCH_RUNS ?? 9))
const started = Date.now()
const step = (what: string) =>
  process.stderr.write(`bench: ${what}… (${((Date.now() - started) / 1000).toFixed(0)} s)\n`)

step('building the app')
const app = await buildApp()
const server = await startAppServer(app)
const browser = await launchCameraBrowser()
const chromiumVersion = browser.version()
let sections: { title: string; rows: BenchRow[]; detail: string }[]
try {
  step('bundle sizes, and the peer from the npm registry')
  const bundle = runBundleBench(app.dist)
  step(`start-up × ${runs}`)
  const startup = await runStartupBench(browser, server.origin, runs)
  step('capture meter, 10 s')
  const meterContext = await freshContext(browser, server.origin)
  const meter = await measureMeter(await meterContext.newPage(), '/', 10)
  await meterContext.close()
  step('auto-capture on the scene bank: every scene, both feeds')
  const scenes = await runSceneBankBench(server.origin, (line) => step(line.trim()))
  step('the meter on the real specimens as a 720p webcam sees them')
  const specimens = specimenRows(specimenVerdicts())
  step(`typing into review × ${runs}`)
  const input = await runReviewInputBench(browser, server.origin, runs)
  step(`capture → review × ${runs}`)
  const e2e = await runEndToEndBench(browser, server, runs)
  const fpsRow: BenchRow = {
    name: `quality meter frame rate on the live camera, frames the worker measured over ${meter.seconds.toFixed(0)} s`,
    measured: meter.fps,
    unit: 'fps',
    budget: '≥ 8 fps',
    met: meter.fps >= 8,
  }
  const meterRow: BenchRow = {
    name: `main-thread long tasks (> 50 ms) during ${meter.seconds.toFixed(0)} s of capture, meter running at ${meter.fps.toFixed(1)} fps`,
    measured: meter.longTasks,
    unit: 'tasks',
    budget: '0',
    met: meter.longTasks === 0,
  }
  sections = [
    { title: 'Bundle', ...bundle },
    { title: 'Start-up', ...startup },
    { title: 'Auto-capture on the scene bank', ...scenes, rows: [...scenes.rows, ...specimens, fpsRow] },
    { title: 'Responsiveness: typing into review', rows: [meterRow, ...input.rows], detail: input.detail },
    { title: 'End to end', ...e2e },
  ]
} finally {
  await browser.close()
  await server.stop()
  app.remove()
}

step(`compression × ${runs}`)
const compress = await runCompressBench(runs)
sections.splice(3, 0, { title: 'Compression, all contenders', ...compress })
step('local reader on the held-out OCR bank, beside Tesseract')
const reader = await runReaderBench((line) => process.stderr.write(`${line}\n`))
sections.push({ title: 'Local reader (held-out OCR bank)', rows: reader.rows, detail: reader.detail })
step(`local reader in-process vs the loopback path it replaced × ${runs}`)
const path = await runRecognizerPathBench(runs, (line) => process.stderr.write(`${line}\n`))
sections.push({ title: 'Local reader: in-process vs loopback HTTP', ...path })
const serverRows = readServerRows(fileURLToPath(new URL('./server/results.md', import.meta.url)))
// Issue 25's abuse figures, measured on their own (the part of bench:server a quiet machine is needed for)
const abuseRows = readServerRows(fileURLToPath(new URL('./server/abuse-results.md', import.meta.url)), {
  file: 'bench/server/abuse-results.md',
  command: 'npm run bench:abuse',
})
const recordRows = readRecordRows(fileURLToPath(new URL('./records/results.md', import.meta.url)))
// Issue 24's device reader figures, measured on their own (Chromium and the server reader on the same cards)
const deviceRows = readServerRows(fileURLToPath(new URL('./reader/device-results.md', import.meta.url)), {
  file: 'bench/reader/device-results.md',
  command: 'npm run bench:device',
})
// A row measured by both (a full bench:server after bench:abuse) is kept once, from the abuse run
const abuseNames = new Set(abuseRows.rows.map((row) => row.name.replace(/ \[[^\]]+\]$/, '')))
const rows = [
  ...sections.flatMap((s) => s.rows),
  ...serverRows.rows.filter((row) => !abuseNames.has(row.name.replace(/ \[[^\]]+\]$/, ''))),
  ...abuseRows.rows,
  ...recordRows.rows,
  ...deviceRows.rows,
]

const date = new Date().toISOString()
const machine = machineDescription(chromiumVersion)
const minutes = ((Date.now() - started) / 60000).toFixed(1)
const summary = [
  `Measured ${date.slice(0, 10)} (${date}) by \`npm run bench\` in ${minutes} min on ${machine}.`,
  'Budgets marked "proposed" are not in docs/budgets.md as agreed budgets yet. ' +
    `${serverRows.note} ${abuseRows.note} ${recordRows.note} ${deviceRows.note}`,
  '',
  budgetTable(rows),
].join('\n')

const report = [
  '# Benchmark results',
  '',
  summary,
  '',
  ...sections.flatMap((s) => [`## ${s.title}`, '', s.detail, '']),
].join('\n')

console.log(report)
writeFileSync(fileURLToPath(new URL('./results.md', import.meta.url)), report)

// The README quotes the table between its markers, so it always shows the latest run.
const readmePath = fileURLToPath(new URL('../README.md', import.meta.url))
const readme = readFileSync(readmePath, 'utf8')
const markers = /(<!-- bench:start -->\n)[\s\S]*?(<!-- bench:end -->)/
if (markers.test(readme))
  writeFileSync(
    readmePath,
    readme.replace(markers, (_, open, close) => `${open}${summary}\n${close}`),
  )
else step('README.md has no <!-- bench:start --> / <!-- bench:end --> markers: not updated')
if (rows.some((row) => !row.met)) process.exitCode = 1
