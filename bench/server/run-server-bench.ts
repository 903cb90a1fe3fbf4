// `npm run bench:server`: autocannon, 1 MB images, 50 connections, 20 s against (a) the emulator directly,
// our proxy, and (b) the same proxy on Tencent's official SDK — one emulator upstream, one run. Then the
// endpoint's own overhead one request at a time (docs/budgets.md's definition), and further identical load rounds
// on our proxy to tell allocator retention (RSS levels off) from a leak (it grows round after round).
// Our proxy runs with the allocator settings `npm start` gives it (server/allocator-env.ts). Last, the Redis
// faults (redis-fault-run.ts): a stall under load, and the hand-off across instances with Redis slow to reach; and
// the reader under a mixed load of honest cards and bombs, with the server's RSS after 40 MP images
// (reader-mixed-load-run.ts). Issue 25's figures are budget rows like the endpoint's (abuse-rows.ts).
// Prints a table and writes bench/server/results.md with the budget rows as data.
import { readFileSync, writeFileSync } from 'node:fs'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { signTc3 } from '#server/tc3/sign-tc3.ts'
import { load, startTarget, type Target } from './targets.ts'
import { measureTwoInstancesWithRedis, renderSharedStore } from './shared-store-run.ts'
import { measureHandoffAcrossInstances, measureRedisStall, renderRedisFaults } from './redis-fault-run.ts'
import { sequentialLatency } from './sequential-latency.ts'
import { budgetRows, renderResults, type RunFigures } from './server-bench-report.ts'
import { ensureOcrBank } from '#testing/banks/ocr-bank/make-ocr-bank.ts'
import { abuseRows, renderMixedLoad } from './abuse-rows.ts'
import { measureReaderMixedLoad } from './reader-mixed-load-run.ts'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50)
const IMAGE_BYTES = 1024 * 1024
const SEQUENTIAL_SAMPLES = Number(process.env.BENCH_SEQUENTIAL ?? 300)
/** Load rounds on our proxy: two to warm the allocator, then at least three to see whether RSS levels off. */
const RSS_ROUNDS = Math.max(5, Number(process.env.BENCH_RSS_ROUNDS ?? 5))

/** A 1 MB JPEG: the specimen card padded after its end-of-image marker (decoders stop at EOI). */
function oneMegabyteJpeg(): Buffer {
  const card = readFileSync(new URL('../../testing/fixtures/files/specimen-card.jpg', import.meta.url))
  return Buffer.concat([card, Buffer.alloc(IMAGE_BYTES - card.length, 0x00)])
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 2000))

async function measure(
  name: string,
  target: Target,
  url: string,
  body: Buffer,
  headers: Record<string, string>,
  rounds = 1,
): Promise<RunFigures> {
  await load(url, body, headers, 3, 10) // warm-up: JIT, pools, keep-alive connections
  await settle()
  const before = await target.snapshot(true)
  const result = await load(url, body, headers, SECONDS, CONNECTIONS)
  const during = await target.snapshot(false)
  await settle()
  const after = await target.snapshot(true)
  const laterRoundsRssMb: number[] = []
  for (let round = 2; round <= rounds; round++) {
    // The same load again: a leak grows RSS round after round; allocator retention levels off.
    await load(url, body, headers, SECONDS, CONNECTIONS)
    await settle()
    laterRoundsRssMb.push((await target.snapshot(true)).rssBytes / 2 ** 20)
  }
  const handled = during.requests - before.requests
  const statusCounts: Record<string, number> = {}
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {}))
    statusCounts[code] = stat?.count ?? 0
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    completed: result.requests.total,
    non2xx: result.non2xx,
    transportErrors: result.errors + result.timeouts,
    statusCounts,
    cpuMsPerRequest: handled > 0 ? (during.cpuMicros - before.cpuMicros) / 1000 / handled : NaN,
    rssBeforeMb: before.rssBytes / 2 ** 20,
    rssAfterMb: after.rssBytes / 2 ** 20,
    heapBeforeMb: before.heapUsedBytes / 2 ** 20,
    heapAfterMb: after.heapUsedBytes / 2 ** 20,
    externalBeforeMb: before.externalBytes / 2 ** 20,
    externalAfterMb: after.externalBytes / 2 ** 20,
    laterRoundsRssMb,
  }
}

/** Signed once per phase: the emulator accepts a signature for five minutes, like Tencent. */
async function signedDirectHeaders(payload: Buffer): Promise<Record<string, string>> {
  const timestamp = Math.floor(Date.now() / 1000)
  const { authorization } = await signTc3({
    secretId: DEMO_SECRET_ID,
    secretKey: DEMO_SECRET_KEY,
    service: 'ocr',
    host: '127.0.0.1',
    contentType: 'application/json',
    payload,
    timestamp,
  })
  return {
    Authorization: authorization,
    'Content-Type': 'application/json',
    'X-TC-Action': 'HKIDCardOCR',
    'X-TC-Version': '2018-11-19',
    'X-TC-Timestamp': String(timestamp),
  }
}

const image = oneMegabyteJpeg()
const emulator = await startTarget('emulator')
const ours = await startTarget('ours', emulator.port)
const sdk = await startTarget('sdk', emulator.port)
const children = [emulator, ours, sdk]
try {
  const payload = Buffer.from(
    JSON.stringify({ ImageBase64: image.toString('base64'), ReturnHeadImage: false }),
  )
  const directHeaders = await signedDirectHeaders(payload)
  const imageHeaders = { 'Content-Type': 'image/jpeg' }
  const path = '/api/hkid/recognize?portraits=0'
  console.log(`bench:server — 1 MB image, ${CONNECTIONS} connections, ${SECONDS} s per target…`)
  const direct = await measure(
    'direct (emulator)',
    emulator,
    `http://127.0.0.1:${emulator.port}/`,
    payload,
    directHeaders,
  )
  const oursRun = await measure(
    'ours (Hono + TC3 + node:http)',
    ours,
    `http://127.0.0.1:${ours.port}${path}`,
    image,
    imageHeaders,
    RSS_ROUNDS,
  )
  const sdkRun = await measure(
    'official SDK proxy',
    sdk,
    `http://127.0.0.1:${sdk.port}${path}`,
    image,
    imageHeaders,
  )

  console.log(`one request at a time, ${SEQUENTIAL_SAMPLES} pairs…`)
  const sequential = await sequentialLatency(
    { url: `http://127.0.0.1:${emulator.port}/`, headers: await signedDirectHeaders(payload), body: payload },
    { url: `http://127.0.0.1:${ours.port}${path}`, headers: imageHeaders, body: image },
    SEQUENTIAL_SAMPLES,
  )

  console.log('two instances sharing one Redis…')
  const shared = renderSharedStore(
    await measureTwoInstancesWithRedis({
      emulatorPort: emulator.port,
      path,
      image,
      imageHeaders,
      direct: {
        url: `http://127.0.0.1:${emulator.port}/`,
        headers: await signedDirectHeaders(payload),
        body: payload,
      },
      seconds: SECONDS,
      connections: CONNECTIONS,
      samples: SEQUENTIAL_SAMPLES,
    }),
    CONNECTIONS,
  )

  console.log('Redis faults: a 10 s stall under load, the hand-off with Redis 60 ms away…')
  const stall = await measureRedisStall(emulator.port, image)
  const handoff = await measureHandoffAcrossInstances(emulator.port)
  const faults = renderRedisFaults(stall, handoff)

  console.log('the reader under a mixed load of honest cards and bombs…')
  await ensureOcrBank({ log: (line) => console.log(line) })
  const mixed = await measureReaderMixedLoad({ log: (line) => console.log(line) })

  const runs = [direct, oursRun, sdkRun]
  const rows = [
    ...budgetRows({ direct, ours: oursRun, sdk: sdkRun, sequential }),
    ...abuseRows(mixed, stall, handoff),
  ]
  const { table, markdown } = renderResults(runs, rows, sequential, {
    seconds: SECONDS,
    connections: CONNECTIONS,
    imageBytes: IMAGE_BYTES,
  })
  const abuse = renderMixedLoad(mixed)
  console.log(`${table}\n\n${shared}\n\n${faults}\n\n${abuse}`)
  writeFileSync(
    new URL('./results.md', import.meta.url),
    `${markdown}\n## Scale-out: two instances, one Redis\n\n${shared}\n\n## Redis faults\n\n${faults}\n\n` +
      `## The reader under mixed load\n\n${abuse}\n`,
  )
  console.log('written: bench/server/results.md')
  if (rows.some((row) => !row.met)) process.exitCode = 1
} finally {
  for (const target of children) target.child.kill('SIGTERM')
}
