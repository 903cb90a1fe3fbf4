// The reader's cost bounded, through the app as a client meets it (issue 25): a file over the limits its headers
// declare is refused before it is queued; a reading past its image's time budget, or whose client hung up, has its
// worker stopped so the next reading starts at once (a hung-up reading still waiting is dropped and its call given
// back); one address flooding slow files leaves another's readings served. The decoding limits are real; the
// reading is a stand-in whose cost the image's width sets (testing/server/reader-tasks.ts readByWidth).
import { afterEach, describe, expect, it } from 'vitest'
import { createApp } from '#server/app.ts'
import { mintCaptureToken } from '#server/access/capture-token.ts'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { workerTask } from '#server/image/worker-pool.ts'
import { localRecognizer } from '#server/recognizers/local-recognizer.ts'
import { scanBombJpeg } from '#testing/images/crafted-jpeg.ts'
import { sixteenBitGreyPng } from '#testing/images/crafted-png.ts'
import type { readByWidth, warmUpHere } from '#testing/server/reader-tasks.ts'
import { MAX_READINGS_PER_ADDRESS, createLocalReader, type LocalReader } from './local-reader.ts'

const TASKS = new URL('../../testing/server/reader-tasks.ts', import.meta.url)
const byWidth = workerTask<typeof readByWidth>(TASKS, 'readByWidth')
const warmUp = workerTask<typeof warmUpHere>(TASKS, 'warmUpHere')
const SECRET = 'reader-abuse-test-secret-of-32-bytes!!'

/** A flat JPEG of this width: 2000 px never ends on its own, 1000 px takes 1.5 s, narrower reads at once. */
const jpegOfWidth = (width: number) =>
  encodeJpeg({ width, height: 8, data: new Uint8Array(width * 8 * 4).fill(128) }, 80)
const honest = jpegOfWidth(16)
const slow = jpegOfWidth(1000)
const endless = jpegOfWidth(2000)

let reader: LocalReader | undefined
afterEach(async () => {
  await reader?.close()
  reader = undefined
})

function appWithReader(lines: string[] = [], captureTokenSecret?: string) {
  reader = createLocalReader({ workers: 1, task: byWidth, warmUpTask: warmUp })
  return createApp({
    recognizer: localRecognizer(reader, { timeoutMs: 60_000 }),
    maxBodyBytes: 5 * 2 ** 20,
    logSink: (line) => lines.push(line),
    clientAddress: (c) => c.req.header('X-Test-Address'),
    ratePerIpPerMinute: 1000,
    ratePerTokenPerMinute: 1000,
    ...(captureTokenSecret ? { captureTokenSecret } : {}),
  })
}

type App = ReturnType<typeof appWithReader>

async function post(
  app: App,
  body: Uint8Array,
  { address = '192.0.2.1', signal, token }: { address?: string; signal?: AbortSignal; token?: string } = {},
) {
  const headers: Record<string, string> = {
    'Content-Type': body[0] === 0x89 ? 'image/png' : 'image/jpeg',
    'X-Test-Address': address,
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  }
  return app.request('/api/hkid/recognize', {
    method: 'POST',
    body: body as Uint8Array<ArrayBuffer>,
    headers,
    ...(signal ? { signal } : {}),
  })
}

const codeOf = async (response: Response) =>
  ((await response.json()) as { error?: { code: string } }).error?.code

describe('the reader’s cost bounded by what the file declares', () => {
  it('refuses the 78,685-scan JPEG and the 40 MP 16-bit PNG before queueing them, the call unspent', async () => {
    const lines: string[] = []
    const app = appWithReader(lines, SECRET)
    const token = await mintCaptureToken({ secret: SECRET, lifetimeSeconds: 600, calls: 1 })
    for (const bomb of [await scanBombJpeg(2000, 1500, 78_685), sixteenBitGreyPng(8000, 5000)]) {
      const response = await post(app, bomb, { token })
      expect(response.status).toBe(422)
      expect(await codeOf(response)).toBe('IMAGE_UNREADABLE')
    }
    expect(lines.filter((line) => line.includes('"upstreamCode":"image-over-limits"'))).toHaveLength(2)
    // Never queued: the one-call link still reads an honest card
    expect((await post(app, honest, { token })).status).toBe(200)
  })
})

describe('a reading that will not end', () => {
  it('is stopped at its image’s time budget, its worker replaced, the next reading served', async () => {
    const app = appWithReader()
    const events: string[] = []
    const stuck = post(app, endless, { address: '192.0.2.1' }).then(async (response) => {
      events.push(`endless ${response.status} ${await codeOf(response)}`)
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const next = post(app, honest, { address: '192.0.2.2' }).then((response) => {
      events.push(`honest ${response.status}`)
    })
    await Promise.all([stuck, next])
    expect(events).toEqual(['endless 504 UPSTREAM_TIMEOUT', 'honest 200'])
  }, 30_000)

  it('is stopped when its client hangs up: the next reading starts at once, and only a started one is spent', async () => {
    const lines: string[] = []
    const app = appWithReader(lines, SECRET)
    const mint = () => mintCaptureToken({ secret: SECRET, lifetimeSeconds: 600, calls: 1 })
    const [running, waiting, next] = [await mint(), await mint(), await mint()]
    const leaveRunning = new AbortController()
    const leaveWaiting = new AbortController()
    const events: string[] = []
    // The worker ready (models loaded), so the first reading is running, not waiting, when its client leaves
    await reader!.warmUp()
    const first = post(app, endless, { token: running, signal: leaveRunning.signal }).catch(() => {})
    await new Promise((resolve) => setTimeout(resolve, 300))
    const second = post(app, endless, { token: waiting, signal: leaveWaiting.signal, address: '192.0.2.3' })
    const third = post(app, honest, { token: next, address: '192.0.2.4' }).then((r) =>
      events.push(`${r.status}`),
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    leaveWaiting.abort()
    leaveRunning.abort()
    await Promise.all([first, second.catch(() => {}), third])
    // Served although the endless reading ahead of it would never have ended by itself
    expect(events).toEqual(['200'])
    expect(lines.filter((line) => line.includes('"status":499'))).toHaveLength(2)
    // The waiting reading never started: its call was given back; the running one's was spent
    expect((await post(app, honest, { token: waiting })).status).toBe(200)
    expect((await post(app, honest, { token: running })).status).toBe(401)
  }, 30_000)
})

describe('one address flooding slow files', () => {
  it('gets its share of the queue and no more, while another address’s readings are all served', async () => {
    const app = appWithReader()
    const order: string[] = []
    const flood = Array.from({ length: MAX_READINGS_PER_ADDRESS + 3 }, () =>
      post(app, slow, { address: '198.51.100.7' }).then((response) => {
        order.push(`flood ${response.status}`)
        return response
      }),
    )
    await new Promise((resolve) => setTimeout(resolve, 200))
    const served = Array.from({ length: 3 }, () =>
      post(app, honest, { address: '203.0.113.9' }).then((response) => {
        order.push(`honest ${response.status}`)
        return response
      }),
    )
    const floodAnswers = await Promise.all(flood)
    const honestAnswers = await Promise.all(served)
    expect(honestAnswers.map((response) => response.status)).toEqual([200, 200, 200])
    const refused = floodAnswers.filter((response) => response.status === 429)
    expect(refused).toHaveLength(3)
    for (const response of refused) {
      expect(response.headers.get('Retry-After')).toBe('2')
      expect(await codeOf(response)).toBe('BUSY')
    }
    // The honest readings did not wait behind the whole flood: turns alternate between the addresses, so the
    // other address's readings come between the flood's, and at most its last one after the flood's last
    const lastFlood = order.lastIndexOf('flood 200')
    expect(order.indexOf('honest 200')).toBeLessThan(lastFlood)
    expect(
      order.slice(lastFlood + 1).filter((event) => event.startsWith('honest')).length,
    ).toBeLessThanOrEqual(1)
  }, 60_000)
})
