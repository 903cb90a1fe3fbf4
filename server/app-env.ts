import type { RequestLogFields } from './http/request-log.ts'

/** Hono context variables shared by the app's routes. */
export interface AppEnv {
  Variables: {
    log: RequestLogFields
    /** Set by the recognize route when the upstream answered about the image: only then is a token call spent. */
    billable: boolean
  }
}
