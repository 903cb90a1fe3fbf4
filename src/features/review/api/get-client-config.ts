import { clientConfigSchema, type ClientConfig } from '#src/hkid/client-config-contract.ts'

/** Runtime settings the server gives the browser; none of them secret. A server without them means none. */
export async function getClientConfig(signal?: AbortSignal): Promise<ClientConfig> {
  try {
    const response = await fetch('/api/client-config', { signal: signal ?? null, cache: 'no-store' })
    if (!response.ok) return { handoffOrigin: null }
    return clientConfigSchema.parse(await response.json())
  } catch {
    return { handoffOrigin: null }
  }
}
