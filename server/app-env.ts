import type { CaptureTokenClaims } from './access/capture-token.ts'
import type { RequestLogFields } from './http/request-log.ts'

/** Hono context variables shared by the app's routes. */
export interface AppEnv {
  Variables: {
    log: RequestLogFields
    /** Set by the recognize route: the image may have reached the upstream, so a token's call is spent. */
    upstreamSent: boolean
    /** Set by access control when capture tokens are required: the admitted token's claims (a record ticket binds to them). */
    captureToken: CaptureTokenClaims | undefined
  }
}
