// GET /api/client-config's answer: the runtime settings the server gives the browser, none of them secret.
import { z } from 'zod'
import { picsSettingsSchema } from './pics.ts'
import { recordPublicJwkSchema } from './record-delivery-contract.ts'

/** Where a card is read (READ_ON): on our server, on the customer's device, or on the device where it can. */
export const readOnModes = ['server', 'device', 'auto'] as const
export const readOnSchema = z.enum(readOnModes)
export type ReadOn = z.infer<typeof readOnSchema>

export const clientConfigSchema = z.object({
  /** The one origin a confirmed record may be posted to (RECORD_HOST_ORIGIN on the server), or null */
  recordHostOrigin: z.string().nullable(),
  /** How long the browser waits for a recognition: the server's upstream deadline and a margin */
  recognizeDeadlineMs: z.number().int().positive(),
  /** The server's own deadline for a reading (UPSTREAM_TIMEOUT_MS): past it, it answers UPSTREAM_TIMEOUT.
   *  The waiting screen sets its notes by it; absent from an older server (then the default 10 s). */
  readingDeadlineMs: z.number().int().positive().optional(),
  /** Record delivery by webhook (RECORD_WEBHOOK_URL): the key the browser seals records to, or null when off */
  recordWebhook: z.object({ publicJwk: recordPublicJwkSchema }).nullable(),
  /** The collection statement a customer agrees to before the camera opens; absent: the default wording */
  pics: picsSettingsSchema.optional(),
  /** READ_ON: where the journeys read the card (absent from an older server: on the server) */
  readOn: readOnSchema.optional(),
})
export type ClientConfig = z.infer<typeof clientConfigSchema>
