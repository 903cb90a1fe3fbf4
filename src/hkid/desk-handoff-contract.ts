// The contract of /api/handoff/* (docs/desk-handoff.md): a desk hands one capture to a phone and gets the result
// back, encrypted end to end. Shared by the server (which relays) and the browser (both ends); its error codes
// are in api-errors.ts.
import { z } from 'zod'
import { recognizeResultSchema } from './recognize-contract.ts'

/** The largest sealed message the relay takes (POST /message): the result with the card photo that was read,
 * downscaled on the phone when it would not fit. */
export const HANDOFF_MESSAGE_MAX_BYTES = 512 * 1024

/** Channel ids and device ids: random, URL-safe, unguessable. */
export const handoffIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/)

/** POST /api/handoff/start (the desk): a new channel and the two ends' tokens. */
export const handoffStartSchema = z.object({
  channel: handoffIdSchema,
  /** The phone's token (recognizes within a small budget, posts the sealed result). The phone is given it by
   * POST /open, not in the link; the desk that started the hand-off may hold it as well, as it always could. */
  phoneToken: z.string(),
  /** Stays on the desk: only it may receive what the phone posts. */
  deskToken: z.string(),
  expiresAt: z.iso.datetime(),
})
export type HandoffStart = z.infer<typeof handoffStartSchema>

/** POST /api/handoff/open (the phone, naming the channel in X-Handoff-Channel): this device now holds the
 * channel, and has its token for every later call. */
export const handoffOpenSchema = z.object({ expiresAt: z.iso.datetime(), phoneToken: z.string().min(1) })

/** What the desk learns while it waits (POST /api/handoff/desk-wait); empty when the wait timed out. */
export const deskEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('opened') }),
  /** A second device tried the link and was turned away. */
  z.object({ type: z.literal('refused') }),
  /** The phone's sealed message, base64 (the server cannot read it). */
  z.object({ type: z.literal('message'), data: z.base64() }),
])
export type DeskEvent = z.infer<typeof deskEventSchema>
export const deskEventsSchema = z.object({ events: z.array(deskEventSchema) })

/** The desk's one reply to the phone (POST /api/handoff/reply): it got the message, or it stopped waiting. */
export const handoffReplySchema = z.enum(['received', 'closed'])
export type HandoffReply = z.infer<typeof handoffReplySchema>
/** What the phone learns while it waits (POST /api/handoff/phone-wait); empty when the wait timed out. */
export const phoneEventsSchema = z.object({ events: z.array(z.object({ type: handoffReplySchema })) })

/**
 * What the phone seals for the desk: the recognized card, or that it could not get one (so the desk need not
 * wait for a photo that will never come). The server never sees it; the desk checks it after opening.
 */
export const handoffMessageSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('result'),
    result: recognizeResultSchema,
    recognizedAt: z.iso.datetime(),
    /** The card photo that was read travels after this JSON in the sealed envelope (seal.ts); its type here. */
    photo: z.enum(['image/jpeg', 'image/png', 'image/webp']).optional(),
  }),
  z.object({ kind: z.literal('failed'), code: z.string().max(40) }),
])
export type HandoffMessage = z.infer<typeof handoffMessageSchema>
