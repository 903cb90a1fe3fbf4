// GET /api/client-config: the few runtime settings the browser needs. Nothing secret ever goes here.
import { Hono } from 'hono'
import type { ClientConfig } from '#src/hkid/client-config.ts'

export function clientConfigRoute(config: ClientConfig) {
  return new Hono().get('/', (c) => c.json(config satisfies ClientConfig))
}
