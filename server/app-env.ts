import type { RequestLogFields } from './http/request-log.ts'

/** Hono context variables shared by the app's routes. */
export interface AppEnv {
  Variables: { log: RequestLogFields }
}
