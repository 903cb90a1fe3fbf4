// The shared store on Workers: the SharedStateObject Durable Object under workerd (Miniflare), driven from
// here through its namespace binding — the same contract as memory and Redis — and through the whole Worker:
// a capture link's calls are exact under concurrency and stay spent when the Worker restarts.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mintCaptureToken } from '../access/capture-token.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '../emulator/demo-keys.ts'
import { specimenCard, startHarness, type Harness } from '#testing/server/endpoint-harness.ts'
import { describeSharedStoreContract } from '#testing/server/shared-store-contract.ts'
import { bundleWorker } from '#testing/server/worker-bundle.ts'
import { DurableObjectStore, type StateNamespace } from './durable-object-store.ts'

const SECRET = 'durable-object-secret-0123456789abcdef'
const persist = mkdtempSync(join(tmpdir(), 'hkid-do-'))
let script: string
let h: Harness
let mf: Miniflare
let namespace: StateNamespace

function worker(): Miniflare {
  return new Miniflare({
    modules: [{ type: 'ESModule', path: 'worker.js', contents: script }],
    compatibilityDate: '2025-01-01',
    durableObjects: { SHARED_STATE: 'SharedStateObject' },
    durableObjectsPersist: persist,
    bindings: {
      TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
      OCR_ENDPOINT: h.emulator.url,
      CAPTURE_TOKEN_SECRET: SECRET,
      UPSTREAM_TIMEOUT_MS: '10000',
      RATE_PER_IP_PER_MINUTE: '1000',
      RATE_PER_TOKEN_PER_MINUTE: '1000',
    },
  })
}

beforeAll(async () => {
  h = await startHarness()
  script = await bundleWorker()
  mf = worker()
  namespace = (await mf.getDurableObjectNamespace('SHARED_STATE')) as unknown as StateNamespace
}, 60_000)
afterAll(async () => {
  await mf?.dispose()
  await h?.close()
  rmSync(persist, { recursive: true, force: true })
})

describeSharedStoreContract('durable object store', { store: () => new DurableObjectStore(namespace) })

function recognize(token: string) {
  return mf.dispatchFetch('http://worker.test/api/hkid/recognize?portraits=0', {
    method: 'POST',
    body: specimenCard,
    headers: {
      'Content-Type': 'image/jpeg',
      'CF-Connecting-IP': '198.51.100.9',
      Authorization: `Bearer ${token}`,
    },
  })
}

describe('the Worker with its Durable Object', () => {
  it('gives a --calls 3 link exactly 3 recognitions under concurrency, and keeps it spent across a restart', async () => {
    await h.reset()
    const token = await mintCaptureToken({ secret: SECRET, lifetimeSeconds: 600, calls: 3 })
    const responses = await Promise.all(Array.from({ length: 8 }, () => recognize(token)))
    // Each body is drained so workerd frees the request; Miniflare's undici sometimes hands back a body already
    // consumed ("Body is unusable"), which says nothing about the status asserted here.
    const statuses = await Promise.all(
      responses.map(async (response) => (await response.arrayBuffer().catch(() => null), response.status)),
    )
    expect(statuses.filter((status) => status === 200)).toHaveLength(3)
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect((await h.stats()).calls).toBe(3)

    await mf.dispose()
    mf = worker()
    namespace = (await mf.getDurableObjectNamespace('SHARED_STATE')) as unknown as StateNamespace
    const again = await recognize(token)
    expect(again.status).toBe(401)
  }, 60_000)
})
