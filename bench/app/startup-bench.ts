// Start-up: navigation → interactive and navigation → live camera preview, in headless Chromium with the
// fake camera, a cold cache per run (fresh context), median of the runs after one warm-up.
//   interactive: the capture screen is rendered (its heading is in the DOM; React's listeners sit on the
//     root from the first render) and the main thread is free: a task queued at that moment has run.
//   live preview: the <video>'s first frame presented (requestVideoFrameCallback), i.e. the camera is live.
// All times are performance.now() on the page: milliseconds from navigation start.
import type { Browser } from '@playwright/test'
import { type BenchRow, markdownTable, median } from '../lib/bench-row.ts'
import { freshContext } from '../lib/bench-browser.ts'

interface StartupSample {
  fcp: number
  rendered: number
  interactive: number
  shutterEnabled: number
  preview: number
}

type StartupWindow = { benchStartup: Partial<StartupSample> & { hooked?: boolean } }

function observeStartup(): void {
  const w = window as unknown as StartupWindow
  const s = (w.benchStartup = {} as StartupWindow['benchStartup'])
  new MutationObserver(() => {
    const video = document.querySelector('video')
    if (video && !s.hooked) {
      s.hooked = true
      video.requestVideoFrameCallback((now) => (s.preview = now))
    }
    if (s.rendered === undefined && document.getElementById('capture-heading')) {
      s.rendered = performance.now()
      setTimeout(() => (s.interactive = performance.now()))
    }
    const shutter = [...document.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Take photo'),
    )
    if (s.shutterEnabled === undefined && shutter && !shutter.disabled) s.shutterEnabled = performance.now()
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] })
}

async function runOnce(browser: Browser, origin: string): Promise<StartupSample> {
  const context = await freshContext(browser, origin)
  try {
    const page = await context.newPage()
    await page.addInitScript(observeStartup)
    await page.goto('/')
    await page.waitForFunction(
      () => {
        const s = (window as unknown as StartupWindow).benchStartup
        return s.preview !== undefined && s.interactive !== undefined && s.shutterEnabled !== undefined
      },
      undefined,
      { timeout: 20_000 },
    )
    return await page.evaluate(() => {
      const s = (window as unknown as StartupWindow).benchStartup
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN
      return {
        fcp,
        rendered: s.rendered!,
        interactive: s.interactive!,
        shutterEnabled: s.shutterEnabled!,
        preview: s.preview!,
      }
    })
  } finally {
    await context.close()
  }
}

const INTERACTIVE_BUDGET_MS = 1000
const PREVIEW_BUDGET_MS = 1500

export async function runStartupBench(
  browser: Browser,
  origin: string,
  runs: number,
): Promise<{ rows: BenchRow[]; detail: string }> {
  await runOnce(browser, origin) // warm-up: the server's first requests, Chromium's caches of its own
  const samples: StartupSample[] = []
  for (let i = 0; i < runs; i++) samples.push(await runOnce(browser, origin))
  const med = (key: keyof StartupSample) => median(samples.map((s) => s[key]))
  const rows: BenchRow[] = [
    {
      name: `navigation → interactive (capture screen rendered, main thread free), median of ${runs}`,
      measured: med('interactive'),
      unit: 'ms',
      budget: `≤ ${INTERACTIVE_BUDGET_MS} ms (proposed)`,
      met: med('interactive') <= INTERACTIVE_BUDGET_MS,
    },
    {
      name: `navigation → live camera preview (first video frame), median of ${runs}`,
      measured: med('preview'),
      unit: 'ms',
      budget: `≤ ${PREVIEW_BUDGET_MS} ms (proposed)`,
      met: med('preview') <= PREVIEW_BUDGET_MS,
    },
  ]
  const keys: (keyof StartupSample)[] = ['fcp', 'rendered', 'interactive', 'shutterEnabled', 'preview']
  const table = markdownTable(
    [
      'run',
      'first contentful paint',
      'capture screen rendered',
      'interactive',
      'shutter enabled',
      'live preview',
    ],
    [
      ...samples.map((s, i) => [String(i + 1), ...keys.map((k) => `${s[k].toFixed(0)} ms`)]),
      ['**median**', ...keys.map((k) => `**${med(k).toFixed(0)} ms**`)],
    ],
  )
  const note =
    'Milliseconds from navigation start, loopback, cold cache (fresh browser context) per run, after one warm-up. ' +
    'The shutter enables once the quality meter has judged its first frames.'
  return { rows, detail: `${note}\n\n${table}` }
}
