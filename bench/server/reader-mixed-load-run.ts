// The reader under a mixed load (issue 25), against the real Node entry reading with its local reader: honest
// clients read held-out bank cards, one reading at a time each, first alone, then while other clients keep sending
// 78,685-scan JPEGs and 40 MP 16-bit PNGs (the generators of testing/images). Every client has a loopback address of
// its own, so the per-address share of the reader's queue and the per-address rate apply as to separate clients.
// Also the server's RSS after warm-up, after each run and after two 40 MP 8-bit PNGs, which the header limits let
// through (40 MP is the cap) and the reader decodes.
import { readFileSync } from 'node:fs'
import { request } from 'node:http'
import { median } from '../lib/bench-row.ts'
import { loadSet } from '../reader/bench-sets.ts'
import { scanBombJpeg } from '#testing/images/crafted-jpeg.ts'
import { largeGreyPng, sixteenBitGreyPng } from '#testing/images/crafted-png.ts'
import { startServerProcess, testServerEnv } from '#testing/server/server-process.ts'

export interface ReadingsFigures {
  readings: number
  served: number
  /** p50 of every honest answer's time */
  p50Ms: number
  /** p50 of the served ones', if any */
  servedP50Ms: number | null
  byStatus: Record<string, number>
}

export interface MixedLoadFigures {
  cards: number
  honestClients: number
  attackers: number
  unloaded: ReadingsFigures
  loaded: ReadingsFigures
  /** The attackers' answers by status */
  attacks: Record<string, number>
  rssMb: { warm: number; afterUnloaded: number; afterLoaded: number; afterLargeImages: number }
  largeImages: Record<string, number>
}

interface Answer {
  /** The status, with the error's code when there is one: "422 IMAGE_UNREADABLE" */
  status: string
  ms: number
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const count = (into: Record<string, number>, status: string) => (into[status] = (into[status] ?? 0) + 1)

const since = (started: number) => performance.now() - started

function withCode(status: number, text: string): string {
  try {
    const code = (JSON.parse(text) as { error?: { code?: string } }).error?.code
    return code ? `${status} ${code}` : String(status)
  } catch {
    return String(status)
  }
}

function post(url: string, localAddress: string, body: Uint8Array): Promise<Answer> {
  return new Promise((resolve) => {
    const started = performance.now()
    const req = request(
      `${url}/api/hkid/recognize?portraits=0`,
      {
        method: 'POST',
        localAddress,
        agent: false,
        headers: { 'Content-Type': body[0] === 0x89 ? 'image/png' : 'image/jpeg', Connection: 'close' },
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: withCode(res.statusCode ?? 0, text), ms: since(started) }))
        res.on('error', () => resolve({ status: 'hung up', ms: since(started) }))
      },
    )
    req.on('error', () => resolve({ status: 'hung up', ms: since(started) }))
    req.end(body)
  })
}

/** RSS of a process from /proc (Linux): the server's own, reader workers included (they are its threads). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  return Number(kb) / 1024
}

/** Each honest client reads its share of the cards one after another; every answer is a reading's. */
async function honestReadings(url: string, cards: Uint8Array[], clients: number): Promise<ReadingsFigures> {
  const answers: Answer[] = []
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = client; i < cards.length; i += clients)
        answers.push(await post(url, `127.0.2.${client + 1}`, cards[i]!))
    }),
  )
  const byStatus: Record<string, number> = {}
  for (const answer of answers) count(byStatus, answer.status)
  const served = answers.filter((answer) => answer.status === '200')
  return {
    readings: answers.length,
    served: served.length,
    // Every answer's time, served or not: a reading refused or stopped kept its client waiting too.
    p50Ms: median(answers.map((answer) => answer.ms)),
    servedP50Ms: served.length ? median(served.map((answer) => answer.ms)) : null,
    byStatus,
  }
}

export async function measureReaderMixedLoad({
  cards: cardCount = Number(process.env.BENCH_MIXED_CARDS ?? 12),
  honestClients = 3,
  attackers = 4,
  attackIntervalMs = 500,
  log = (_line: string) => {},
} = {}): Promise<MixedLoadFigures> {
  const cards = loadSet('heldOut')
    .slice(0, cardCount)
    .map((item) => new Uint8Array(readFileSync(item.path)))
  const bombs = [await scanBombJpeg(2000, 1500, 78_685), sixteenBitGreyPng(8000, 5000)]
  const server = await startServerProcess(
    testServerEnv({
      // Three honest clients share one reader worker: a card may wait for two readings before its own, on a
      // machine whose cores other work shares too.
      UPSTREAM_TIMEOUT_MS: '60000',
      // Every bomb reaches the header check instead of most being turned away by the per-address rate.
      RATE_PER_IP_PER_MINUTE: '1000',
    }),
    60_000,
  )
  const pid = server.child.pid!
  try {
    log('reader mixed load: warming up (models loading)…')
    for (let tries = 0; tries < 3; tries++)
      if ((await post(server.url, '127.0.2.9', cards[0]!)).status === '200') break
    const warm = rssMb(pid)
    log(`reader mixed load: ${cards.length} cards, ${honestClients} honest clients, alone…`)
    const unloaded = await honestReadings(server.url, cards, honestClients)
    const afterUnloaded = rssMb(pid)

    log(`reader mixed load: the same cards with ${attackers} clients sending bombs…`)
    const attacks: Record<string, number> = {}
    let honestDone = false
    const attacking = Array.from({ length: attackers }, async (_, attacker) => {
      const bomb = bombs[attacker % bombs.length]!
      while (!honestDone) {
        const next = performance.now() + attackIntervalMs
        count(attacks, (await post(server.url, `127.0.3.${attacker + 1}`, bomb)).status)
        await pause(Math.max(0, next - performance.now()))
      }
    })
    await pause(1000) // the attack under way before the first honest card
    const loaded = await honestReadings(server.url, cards, honestClients).finally(() => (honestDone = true))
    await Promise.all(attacking)
    const afterLoaded = rssMb(pid)

    log('reader mixed load: two 40 MP 8-bit PNGs read…')
    const largeImages: Record<string, number> = {}
    for (let i = 0; i < 2; i++)
      count(largeImages, (await post(server.url, '127.0.4.1', largeGreyPng(8000, 5000))).status)
    await pause(2000)
    const afterLargeImages = rssMb(pid)
    return {
      cards: cards.length,
      honestClients,
      attackers,
      unloaded,
      loaded,
      attacks,
      rssMb: { warm, afterUnloaded, afterLoaded, afterLargeImages },
      largeImages,
    }
  } finally {
    await server.stop()
  }
}
