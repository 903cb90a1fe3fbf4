// The quality meter's cost on the page: its frame rate and the main thread's long tasks (> 50 ms)
// while it runs on the fake camera. Called by `npm run bench`; bench/capture-meter.run.ts runs it alone.
import type { Page } from '@playwright/test'

export interface MeterBench {
  /** Frames the worker measured per second over the window. */
  fps: number
  /** Main-thread tasks over 50 ms during the window: the budget is 0. */
  longTasks: number
  longestTaskMs: number
  frames: number
  seconds: number
}

type BenchWindow = { startCamera?: () => void; longTasks: { start: number; duration: number }[] }

/** `page` must be launched with a fake camera (testing/fixtures/fixture-files.ts fakeCameraArgs) on the app's origin. */
export async function measureMeter(page: Page, url = '/', seconds = 10): Promise<MeterBench> {
  await page.addInitScript(() => {
    const w = window as unknown as BenchWindow
    w.longTasks = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        w.longTasks.push({ start: entry.startTime, duration: entry.duration })
    }).observe({ type: 'longtask', buffered: true })
    // Hold the camera until auto-capture is off, so the meter keeps running for the whole window.
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      await new Promise<void>((go) => (w.startCamera = go))
      return original(constraints)
    }
  })
  await page.goto(url)
  const toggle = page.getByRole('switch', { name: 'Auto-capture' })
  if ((await toggle.getAttribute('aria-checked')) === 'true') await toggle.click()
  await page.waitForFunction(() => typeof (window as unknown as BenchWindow).startCamera === 'function')
  await page.evaluate(() => (window as unknown as BenchWindow).startCamera!())
  const stage = page.getByTestId('camera-stage')
  await page.waitForFunction(
    () =>
      Number(document.querySelector('[data-testid="camera-stage"]')?.getAttribute('data-meter-frames')) > 3,
  )
  const read = async () => ({
    frames: Number(await stage.getAttribute('data-meter-frames')),
    at: await page.evaluate(() => performance.now()),
  })
  const start = await read()
  await page.waitForTimeout(seconds * 1000)
  const end = await read()
  const tasks = await page.evaluate(
    ([from, to]) =>
      (window as unknown as BenchWindow).longTasks.filter((t) => t.start >= from && t.start <= to),
    [start.at, end.at] as const,
  )
  const elapsed = (end.at - start.at) / 1000
  return {
    fps: (end.frames - start.frames) / elapsed,
    longTasks: tasks.length,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    frames: end.frames - start.frames,
    seconds: elapsed,
  }
}
