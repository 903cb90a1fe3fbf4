// Drives the compress bench page in headless Chromium: same run, same inputs, contenders interleaved per
// iteration so drift in machine load hits all of them alike. Returns budget rows and a detail table.
import { chromium, type Page } from '@playwright/test'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { fakeCameraArgs } from '#testing/fixtures/fixture-files.ts'
import type { BenchSample, CompressBenchApi } from '../pages/compress-bench-api.ts'
import { type BenchRow, formatValue, markdownTable, median } from '../lib/bench-row.ts'
import { buildBenchPages } from '../lib/build-bench-pages.ts'
import { serveStatic } from '#testing/browser/serve-static.ts'
import { makeCompressInputs } from './compress-inputs.ts'

type Contender =
  'ours' | 'browserImageCompression' | 'compressorjs' | 'oursFrame' | 'webcamBrowserImageCompression'

const LABEL: Record<Contender, string> = {
  ours: 'ours (worker)',
  browserImageCompression: 'browser-image-compression',
  compressorjs: 'compressorjs',
  oursFrame: 'ours (ImageBitmap + crop, worker)',
  webcamBrowserImageCompression: 'react-webcam getScreenshot() + browser-image-compression',
}

interface Scenario {
  name: string
  input?: string
  contenders: Contender[]
}

export interface ContenderStats {
  scenario: string
  contender: Contender
  samples: BenchSample[]
  medianMs: number
  minMs: number
}

async function runOnce(page: Page, contender: Contender, input?: string): Promise<BenchSample> {
  return page.evaluate(
    ([c, i]) => {
      const api = (window as unknown as { compressBench: CompressBenchApi }).compressBench
      return c === 'oursFrame' || c === 'webcamBrowserImageCompression' ? api[c]() : api[c](i!)
    },
    [contender, input] as const,
  )
}

async function runScenario(page: Page, scenario: Scenario, runs: number): Promise<ContenderStats[]> {
  for (const c of scenario.contenders) await runOnce(page, c, scenario.input) // warm-up: workers, libraries
  const samples = new Map<Contender, BenchSample[]>(scenario.contenders.map((c) => [c, []]))
  for (let i = 0; i < runs; i++)
    for (const c of scenario.contenders) samples.get(c)!.push(await runOnce(page, c, scenario.input))
  return scenario.contenders.map((contender) => {
    const s = samples.get(contender)!
    const ms = s.map((x) => x.ms)
    return { scenario: scenario.name, contender, samples: s, medianMs: median(ms), minMs: Math.min(...ms) }
  })
}

function detailTable(stats: ContenderStats[]): string {
  return markdownTable(
    [
      'input',
      'compressor',
      'median',
      'min',
      'output',
      'size',
      'ours ÷ this',
      'long tasks (max/run)',
      'longest task',
    ],
    stats.map((s) => {
      const ours = stats.find((o) => o.scenario === s.scenario && o.contender.startsWith('ours'))!
      const last = s.samples.at(-1)!
      return [
        s.scenario,
        LABEL[s.contender],
        formatValue(s.medianMs, 'ms'),
        formatValue(s.minMs, 'ms'),
        formatValue(last.bytes, 'bytes'),
        `${last.width}×${last.height}`,
        s === ours ? '—' : `${(ours.medianMs / s.medianMs).toFixed(2)}×`,
        String(Math.max(...s.samples.map((x) => x.longTasks))),
        formatValue(Math.max(...s.samples.map((x) => x.longestTaskMs)), 'ms'),
      ]
    }),
  )
}

function budgetRows(stats: ContenderStats[]): BenchRow[] {
  const find = (scenario: string, c: Contender) =>
    stats.find((s) => s.scenario === scenario && s.contender === c)!
  const photo = find('12 MP photo, EXIF 6', 'ours')
  const photoPeer = find('12 MP photo, EXIF 6', 'browserImageCompression')
  const frame = find('1080p camera frame', 'oursFrame')
  const framePeer = find('1080p camera frame', 'webcamBrowserImageCompression')
  const ratio = (a: ContenderStats, b: ContenderStats) => a.medianMs / b.medianMs
  const maxBytes = Math.max(...photo.samples.map((s) => s.bytes))
  const maxEdge = Math.max(...photo.samples.map((s) => Math.max(s.width, s.height)))
  const longTasks = Math.max(...[photo, frame].flatMap((s) => s.samples.map((x) => x.longTasks)))
  return [
    {
      name: '12 MP phone photo → JPEG, median time',
      measured: photo.medianMs,
      unit: 'ms',
      peer: LABEL.browserImageCompression,
      peerMeasured: photoPeer.medianMs,
      ratio: ratio(photo, photoPeer),
      budget: '≤ 0.6 × peer',
      met: ratio(photo, photoPeer) <= 0.6,
    },
    {
      name: '12 MP phone photo → JPEG, output size',
      measured: maxBytes,
      unit: 'bytes',
      budget: '≤ 1 MiB',
      met: maxBytes <= 1024 * 1024,
    },
    {
      name: '12 MP phone photo → JPEG, long edge',
      measured: maxEdge,
      unit: 'px',
      budget: '≤ 2048 px',
      met: maxEdge <= 2048,
    },
    {
      name: '1080p camera frame → JPEG, median time',
      measured: frame.medianMs,
      unit: 'ms',
      peer: LABEL.webcamBrowserImageCompression,
      peerMeasured: framePeer.medianMs,
      ratio: ratio(frame, framePeer),
      budget: '≤ 0.5 × peer',
      met: ratio(frame, framePeer) <= 0.5,
    },
    {
      name: 'main-thread long tasks during our compression (max per run)',
      measured: longTasks,
      unit: 'tasks',
      budget: '0',
      met: longTasks === 0,
    },
  ]
}

export async function runCompressBench(runs: number): Promise<{ rows: BenchRow[]; detail: string }> {
  const [outDir, inputs] = await Promise.all([buildBenchPages(), makeCompressInputs()])
  const server = await serveStatic(outDir, {
    'photo-12mp.jpg': inputs.photo12mp,
    'photo-24mp.jpg': inputs.photo24mp,
  })
  const executablePath = chromiumExecutablePath()
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, ...fakeCameraArgs(inputs.frame1080pMjpeg)],
  })
  try {
    const page = await browser.newPage()
    page.on('pageerror', (error) => console.error('page error:', error.message))
    await page.goto(`${server.origin}/compress-bench.html`)
    await page.waitForFunction(() => 'compressBench' in window)
    await page.evaluate(async (origin) => {
      const api = (window as unknown as { compressBench: CompressBenchApi }).compressBench
      await api.load('12mp', `${origin}/inputs/photo-12mp.jpg`)
      await api.load('24mp', `${origin}/inputs/photo-24mp.jpg`)
    }, server.origin)
    const video = await page.evaluate(() =>
      (window as unknown as { compressBench: CompressBenchApi }).compressBench.startCamera(),
    )
    const photoContenders: Contender[] = ['ours', 'browserImageCompression', 'compressorjs']
    const scenarios: Scenario[] = [
      { name: '12 MP photo, EXIF 6', input: '12mp', contenders: photoContenders },
      { name: '24 MP photo, EXIF 8', input: '24mp', contenders: photoContenders },
      { name: '1080p camera frame', contenders: ['oursFrame', 'webcamBrowserImageCompression'] },
    ]
    const stats: ContenderStats[] = []
    for (const scenario of scenarios) {
      process.stderr.write(`bench: ${scenario.name} × ${runs}…\n`)
      stats.push(...(await runScenario(page, scenario, runs)))
    }
    const note = `Headless Chromium (${browser.version()}), ${runs} runs after one warm-up, camera ${video.width}×${video.height}.`
    return { rows: budgetRows(stats), detail: `${note}\n\n${detailTable(stats)}` }
  } finally {
    await browser.close()
    await server.close()
  }
}
