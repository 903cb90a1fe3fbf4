// GET /api/client-config: the few runtime settings the browser needs. Nothing secret ever goes here.
import { Hono } from 'hono'

export interface ClientConfigOptions {
  /** The one origin allowed to receive verified records by postMessage (HANDOFF_ORIGIN) */
  handoffOrigin: string | null
}

export function clientConfigRoute({ handoffOrigin }: ClientConfigOptions) {
  return new Hono().get('/', (c) => c.json({ handoffOrigin }))
}
