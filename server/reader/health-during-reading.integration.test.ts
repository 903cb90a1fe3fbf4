// With no Tencent keys the real server reads cards with the local reader in a worker thread of its own: while a
// card is being read, /api/health still answers at once. Measured against the reading itself, not the clock
// (as health-during-analysis does): the worst health probe must take under a quarter of the reading's time.
// Also the start-up line and health name the recognizer, and the reading is the card's own, not the specimen.
import { readFileSync } from 'node:fs'
import { Agent, request } from 'node:http'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { startServerProcess, testServerEnv, type ServerProcess } from '#testing/server/server-process.ts'

let server: ServerProcess
const agent = new Agent({ keepAlive: true })
const card = readFileSync(fixtures.cardScene)

beforeAll(async () => {
  server = await startServerProcess(testServerEnv())
}, 60_000)
afterAll(async () => {
  agent.destroy()
  await server?.stop()
})

function send(path: string, body?: Uint8Array): Promise<{ status: number; ms: number; text: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const req = request(
      `${server.url}${path}`,
      { method: body ? 'POST' : 'GET', agent, headers: body ? { 'Content-Type': 'image/jpeg' } : {} },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

it('says it reads with the local reader, in its start-up line and in health', async () => {
  expect(server.output()).toMatch(/recognizer: the local reader on this machine/)
  expect(JSON.parse((await send('/api/health')).text)).toEqual({ ok: true, upstream: 'local-reader' })
})

it('answers health quickly while a card is being read', async () => {
  // The first reading may wait for the models; the measured one is a reading alone.
  expect((await send('/api/hkid/recognize', card)).status).toBe(200)
  let reading = true
  const recognition = send('/api/hkid/recognize', card).finally(() => (reading = false))
  const probes: Promise<number>[] = []
  while (reading) {
    probes.push(send('/api/health').then((answer) => answer.ms))
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  const recognized = await recognition
  const health = await Promise.all(probes)
  expect(recognized.status).toBe(200)
  // The fixture's own card, read from its pixels, with the reader's account of its reading.
  const result = JSON.parse(recognized.text) as { card: { idNum: string }; reading?: { reader: string } }
  expect(result.card.idNum).toBe('A123456(3)')
  expect(result.reading?.reader).toBe('local')
  const sorted = [...health].sort((a, b) => a - b)
  console.info(
    `local reading ${recognized.ms.toFixed(0)} ms; ${health.length} health probes meanwhile, ` +
      `worst ${sorted.at(-1)!.toFixed(1)} ms, median ${sorted[sorted.length >> 1]!.toFixed(1)} ms`,
  )
  expect(health.length).toBeGreaterThanOrEqual(5)
  expect(sorted.at(-1)!).toBeLessThan(recognized.ms / 4)
}, 90_000)
