// Runs the capture-meter benchmarks alone: `npx vite build && npx tsx bench/capture-meter.run.ts`.
// Starts the built app on BENCH_PORT (default 4361), opens it in headless Chromium with the fake
// camera on the sharp card feed, and prints the meter's fps and the main thread's long tasks over 10 s;
// with --scenes, then auto-capture on every scene of the scene bank (both feeds; several minutes); with
// --specimens, then the meter's verdicts on the real specimens as a 720p webcam sees them (no browser).
import { spawn } from 'node:child_process'
import { chromium } from '@playwright/test'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { startEmulator } from '#server/emulator/start-emulator.ts'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { ensureGeneratedFixtures, fakeCameraArgs, generated } from '#testing/fixtures/fixture-files.ts'
import { measureMeter } from './capture-meter.ts'
import { runSceneBankBench } from './capture/scene-bank-bench.ts'
import { specimenRows, specimenVerdicts } from './capture/specimen-meter-bench.ts'
import { budgetTable } from './lib/bench-row.ts'

const port = Number(process.env.BENCH_PORT ?? 4361)
const base = `http://127.0.0.1:${port}`

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('the app did not start')
}

async function main() {
  await ensureGeneratedFixtures()
  // The specimen answers at once: the capture side is measured here, not reading.
  const emulator = await startEmulator({ answer: 'specimen' })
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/node.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
      OCR_ENDPOINT: emulator.url,
      ALLOW_ANONYMOUS: '1',
    },
    stdio: 'ignore',
  })
  try {
    await waitForServer()
    const executablePath = chromiumExecutablePath()
    const browser = await chromium.launch({
      ...(executablePath ? { executablePath } : {}),
      args: [...chromiumArgs, ...fakeCameraArgs(generated.cardMjpeg)],
    })
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const result = await measureMeter(page, `${base}/`)
    await browser.close()
    console.log(
      `capture meter: ${result.fps.toFixed(1)} fps (${result.frames} frames in ${result.seconds.toFixed(1)} s), ` +
        `main-thread long tasks > 50 ms: ${result.longTasks}` +
        (result.longTasks ? ` (longest ${result.longestTaskMs.toFixed(0)} ms)` : ''),
    )
    if (process.argv.includes('--scenes')) {
      const scenes = await runSceneBankBench(base, (line) => console.error(line))
      console.log(budgetTable(scenes.rows))
      if (process.argv.includes('--detail')) console.log(scenes.detail)
    }
    if (process.argv.includes('--specimens')) console.log(budgetTable(specimenRows(specimenVerdicts())))
  } finally {
    server.kill()
    await emulator.close()
  }
}

await main()
