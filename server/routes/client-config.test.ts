import { describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'

const base = {
  upstream: { endpoint: 'http://127.0.0.1:9', secretId: 'x', secretKey: 'y', timeoutMs: 100 },
  upstreamKind: 'emulator' as const,
  maxBodyBytes: 1024,
  logSink: () => undefined,
}

describe('GET /api/client-config', () => {
  it('names the hand-off origin when configured, and null otherwise', async () => {
    const configured = createApp({ ...base, handoffOrigin: 'https://partner.example' })
    expect(await (await configured.request('/api/client-config')).json()).toEqual({
      handoffOrigin: 'https://partner.example',
    })
    expect(await (await createApp(base).request('/api/client-config')).json()).toEqual({
      handoffOrigin: null,
    })
  })
})
