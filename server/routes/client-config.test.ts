import { describe, expect, it } from 'vitest'
import { clientConfigSchema } from '#src/hkid/client-config.ts'
import { DEFAULT_PICS_SETTINGS } from '#src/hkid/pics.ts'
import { DEFAULT_RECOGNIZE_DEADLINE_MS } from '#src/hkid/recognize-deadline.ts'
import { createApp } from '../app.ts'
import { appOptionsFromConfig, CLIENT_DEADLINE_MARGIN_MS } from '../app-options.ts'
import { loadConfig } from '../config.ts'
import { unreachableTencent } from '#testing/server/unreachable-tencent.ts'

const base = {
  recognizer: unreachableTencent(100),
  maxBodyBytes: 1024,
  logSink: () => undefined,
}

describe('GET /api/client-config', () => {
  it('names the hand-off origin when configured, and null otherwise', async () => {
    const configured = createApp({ ...base, recordHostOrigin: 'https://partner.example' })
    expect(await (await configured.request('/api/client-config')).json()).toEqual({
      recordHostOrigin: 'https://partner.example',
      recognizeDeadlineMs: 30_000,
      readingDeadlineMs: 10_000,
      recordWebhook: null,
      pics: DEFAULT_PICS_SETTINGS,
      readOn: 'server',
    })
    expect(await (await createApp(base).request('/api/client-config')).json()).toEqual({
      recordHostOrigin: null,
      recognizeDeadlineMs: 30_000,
      readingDeadlineMs: 10_000,
      recordWebhook: null,
      pics: DEFAULT_PICS_SETTINGS,
      readOn: 'server',
    })
  })

  it('gives the browser the server’s recognition deadline: UPSTREAM_TIMEOUT_MS and the margin', async () => {
    const loaded = loadConfig({ UPSTREAM_TIMEOUT_MS: '25000' })
    if (!loaded.ok) throw new Error(loaded.problems.join('; '))
    const app = createApp({ ...base, ...appOptionsFromConfig(loaded.config) })
    const body = clientConfigSchema.parse(await (await app.request('/api/client-config')).json())
    expect(body.recognizeDeadlineMs).toBe(25_000 + CLIENT_DEADLINE_MARGIN_MS)
    // And its own deadline, which the waiting screen's notes are set by.
    expect(body.readingDeadlineMs).toBe(25_000)
    // The default deadline is the browser's fallback too, so a server that cannot be asked changes nothing.
    const defaults = loadConfig({})
    expect(defaults.ok && appOptionsFromConfig(defaults.config).recognizeDeadlineMs).toBe(
      DEFAULT_RECOGNIZE_DEADLINE_MS,
    )
  })
})
