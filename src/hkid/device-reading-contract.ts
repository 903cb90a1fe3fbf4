// POST /api/hkid/device-reading's answer: what a card read on the customer's device needs from the server —
// the request ID its record carries and, with record delivery on, the one-time ticket to post it with. The
// request carries no image (`{}`); the server never sees the card.
import { z } from 'zod'

export const deviceReadingTicketSchema = z.object({
  requestId: z.string().min(1).max(128),
  /** Present when record delivery by webhook is configured (docs/record-delivery.md) */
  ticket: z.string().max(1024).optional(),
})
export type DeviceReadingTicket = z.infer<typeof deviceReadingTicketSchema>
