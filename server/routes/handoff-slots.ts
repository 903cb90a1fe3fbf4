// What a hand-off's channel keeps in the relay: one slot per thing the two ends tell each other, and the one
// byte each mark or reply is stored as (the relay holds bytes, one-shot).
import type { HandoffReply } from '#src/hkid/desk-handoff-contract.ts'

/** The relay slots of one channel: the phone's message, "opened", "a second device was refused", the desk's reply. */
export const slot = {
  message: (channel: string) => `${channel}-m`,
  opened: (channel: string) => `${channel}-o`,
  refused: (channel: string) => `${channel}-x`,
  reply: (channel: string) => `${channel}-r`,
}

/** What an "opened" or "refused" slot holds: its presence is the news. */
export const MARK = new Uint8Array([1])

const REPLY_BYTE: Record<HandoffReply, number> = { received: 1, closed: 2 }

export const replyBytes = (reply: HandoffReply) => new Uint8Array([REPLY_BYTE[reply]])

/** The desk's reply a reply slot held, or null for no (or an unknown) byte. */
export function replyOf(byte: number | undefined): HandoffReply | null {
  return byte === REPLY_BYTE.received ? 'received' : byte === REPLY_BYTE.closed ? 'closed' : null
}
