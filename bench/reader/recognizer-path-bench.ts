// What the in-process local recognizer saves per card over the path it replaced: the app TC3-signing the image
// and sending it over loopback HTTP to the emulator answering with the local reader. One run, the same cards, one
// warm reader behind both (so only the path differs), the two paths taking turns card by card.
// Alone: `npm run bench:recognizer-path` (BENCH_RUNS, default 9).
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import { createApp } from '#server/app.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { startEmulator } from '#server/emulator/start-emulator.ts'
import { createLocalReader } from '#server/reader/local-reader.ts'
import { localRecognizer } from '#server/recognizers/local-recognizer.ts'
import type { RecognizerChoice } from '#server/recognizers/recognizer.ts'
import { tencentRecognizer } from '#server/recognizers/tencent-recognizer.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { median, type BenchRow } from '../lib/bench-row.ts'

const CARDS = [fixtures.cardScene, fixtures.cardSceneBlurred, fixtures.cardSceneGlare]
const TIMEOUT_MS = 60_000

export interface RecognizerPathBench {
  rows: BenchRow[]
  detail: string
}

function appOf(recognizer: RecognizerChoice) {
  return createApp({
    recognizer,
    maxBodyBytes: 5 * 1024 * 1024,
    upstreamRatePerSecond: 1000,
    ratePerIpPerMinute: 1_000_000,
    logSink: () => {},
  })
}

/** ms for one recognition through `app`, portraits included as the browser asks. */
async function timeOne(app: ReturnType<typeof createApp>, image: Uint8Array<ArrayBuffer>): Promise<number> {
  const started = performance.now()
  const response = await app.request('/api/hkid/recognize?portraits=1', {
    method: 'POST',
    body: image,
    headers: { 'Content-Type': 'image/jpeg' },
  })
  await response.arrayBuffer()
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`recognition answered ${response.status}`)
  return ms
}

export async function runRecognizerPathBench(
  runs: number,
  log: (line: string) => void = () => {},
): Promise<RecognizerPathBench> {
  const reader = createLocalReader({ workers: 1 })
  const emulator = await startEmulator({ answer: 'local-reader', reader })
  try {
    await reader.warmUp()
    const loopback = appOf(
      tencentRecognizer({
        endpoint: emulator.url,
        secretId: DEMO_SECRET_ID,
        secretKey: DEMO_SECRET_KEY,
        timeoutMs: TIMEOUT_MS,
      }),
    )
    const inProcess = appOf(localRecognizer(reader, { timeoutMs: TIMEOUT_MS }))
    const rows: BenchRow[] = []
    const lines: string[] = []
    for (const path of CARDS) {
      const image = new Uint8Array(readFileSync(path))
      const card = basename(path)
      // One untimed round each: the first reading of a card warms caches neither path should be charged for.
      await timeOne(loopback, image)
      await timeOne(inProcess, image)
      const old: number[] = []
      const now: number[] = []
      for (let run = 0; run < runs; run++) {
        // Taking turns, first one then the other: drift on a shared machine falls on both alike.
        if (run % 2) {
          now.push(await timeOne(inProcess, image))
          old.push(await timeOne(loopback, image))
        } else {
          old.push(await timeOne(loopback, image))
          now.push(await timeOne(inProcess, image))
        }
      }
      const [oldP50, nowP50] = [median(old), median(now)]
      log(`recognizer path: ${card} in-process p50 ${nowP50.toFixed(0)} ms, loopback ${oldP50.toFixed(0)} ms`)
      rows.push({
        name: `local reader in-process vs loopback TC3 to the emulator, p50 per card (${card}, ${image.byteLength >> 10} KiB, ${runs} runs)`,
        measured: nowP50,
        unit: 'ms',
        peer: 'loopback path',
        peerMeasured: oldP50,
        ratio: nowP50 / oldP50,
        budget: '< 1 × loopback (proposed)',
        met: nowP50 < oldP50,
      })
      lines.push(
        `| ${card} | ${(image.byteLength / 1024).toFixed(0)} KiB | ${oldP50.toFixed(0)} ms | ${nowP50.toFixed(0)} ms | ` +
          `${(oldP50 - nowP50).toFixed(0)} ms | ${(nowP50 / oldP50).toFixed(3)} |`,
      )
    }
    const detail = [
      `The same cards through the app, portraits included, one warm reader worker behind both paths, ${runs} runs ` +
        'each taking turns. Old: the app signs the image (TC3) and posts it over loopback HTTP to the emulator, ' +
        'which verifies the signature, reads the image with the local reader and answers in Tencent’s shape. ' +
        'New: the app calls the local reader in its own process.',
      '',
      '| card | size | loopback p50 | in-process p50 | saved per card | ratio |',
      '|---|---|---|---|---|---|',
      ...lines,
    ].join('\n')
    return { rows, detail }
  } finally {
    await emulator.close()
    await reader.close()
  }
}
