// GET /api/client-config's answer: the runtime settings the server gives the browser, none of them secret.
import { z } from 'zod'

export const clientConfigSchema = z.object({
  /** The one origin a confirmed record may be posted to (RECORD_HOST_ORIGIN on the server), or null */
  recordHostOrigin: z.string().nullable(),
  /** How long the browser waits for a recognition: the server's upstream deadline and a margin */
  recognizeDeadlineMs: z.number().int().positive(),
})
export type ClientConfig = z.infer<typeof clientConfigSchema>
