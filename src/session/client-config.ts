// The server's runtime settings for this page (GET /api/client-config), fetched once and shared: the recognize
// call takes its deadline from it, the host hand-off its origin. A server that cannot say gives the defaults.
import type { ClientConfig } from '#src/hkid/client-config.ts'
import { DEFAULT_RECOGNIZE_DEADLINE_MS } from '#src/hkid/recognize-deadline.ts'

/** What holds when the server cannot be asked: no host origin, and the default 30 s deadline. */
export const DEFAULT_CLIENT_CONFIG: ClientConfig = {
  recordHostOrigin: null,
  recognizeDeadlineMs: DEFAULT_RECOGNIZE_DEADLINE_MS,
  recordWebhook: null,
}

let loaded: Promise<ClientConfig> | undefined

async function fetchClientConfig(): Promise<ClientConfig | null> {
  try {
    const response = await fetch('/api/client-config', { cache: 'no-store' })
    if (!response.ok) return null
    // The schema (and zod with it) loads with the first call, keeping it out of the first screen's bundle.
    const { clientConfigSchema } = await import('#src/hkid/client-config.ts')
    const parsed = clientConfigSchema.safeParse(await response.json())
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** The settings, asked once per page; a failed ask gives the defaults this time and is asked again next time. */
export function getClientConfig(): Promise<ClientConfig> {
  loaded ??= fetchClientConfig().then((config) => {
    if (config) return config
    loaded = undefined
    return DEFAULT_CLIENT_CONFIG
  })
  return loaded
}

/** Forgets the settings asked (tests). */
export function forgetClientConfig(): void {
  loaded = undefined
}

/** The settings as the server gave them, or null when it could not be asked this time. */
export async function askClientConfig(): Promise<ClientConfig | null> {
  const config = await getClientConfig()
  return config === DEFAULT_CLIENT_CONFIG ? null : config
}
