// The contract of GET /api/client-config: the few runtime settings the server gives the browser, none secret.
import { z } from 'zod'

export const clientConfigSchema = z.object({
  /** The one origin a confirmed record may be posted to (HANDOFF_ORIGIN on the server), or null */
  handoffOrigin: z.string().nullable(),
})
export type ClientConfig = z.infer<typeof clientConfigSchema>
