// READ_ON: where the journeys read the card — server (default), device or auto — and nothing else, refused at
// start with a line that names the setting and its values; the browser learns it from /api/client-config.
import { describe, expect, it } from 'vitest'
import { clientConfigSchema } from '#src/hkid/client-config.ts'
import { appOptionsFromConfig } from './app-options.ts'
import { createApp } from './app.ts'
import { loadConfig } from './config.ts'
import type { Recognizer } from './recognizers/recognizer.ts'

const noRecognizer = (): Recognizer => ({
  kind: 'local-reader',
  crossCheck: false,
  recognize: () => Promise.reject(new Error('not read in this test')),
})

describe('READ_ON', () => {
  it('reads on the server unless told otherwise', () => {
    const loaded = loadConfig({})
    expect(loaded.ok && loaded.config.READ_ON).toBe('server')
  })

  it('takes device and auto', () => {
    for (const mode of ['device', 'auto', 'server'] as const) {
      const loaded = loadConfig({ READ_ON: mode })
      expect(loaded.ok && loaded.config.READ_ON).toBe(mode)
    }
  })

  it('refuses any other value at start, naming the setting and the values it takes', () => {
    for (const wrong of ['phone', 'DEVICE', '', 'server,device']) {
      const loaded = loadConfig({ READ_ON: wrong })
      expect(loaded.ok).toBe(false)
      if (!loaded.ok)
        expect(loaded.problems).toEqual([expect.stringMatching(/^READ_ON: must be server, device or auto/)])
    }
  })

  it('is what /api/client-config tells the browser', async () => {
    for (const mode of ['device', 'auto', 'server'] as const) {
      const loaded = loadConfig({ READ_ON: mode })
      if (!loaded.ok) throw new Error(loaded.problems.join('\n'))
      const app = createApp({
        ...appOptionsFromConfig(loaded.config),
        recognizer: noRecognizer,
        logSink: () => {},
      })
      const config = clientConfigSchema.parse(await (await app.request('/api/client-config')).json())
      expect(config.readOn).toBe(mode)
    }
  })
})
