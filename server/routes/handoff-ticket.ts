// The phone's token of a hand-off waits in the relay beside its channel, so the phone's link carries only the
// channel and the key: the phone that opens the channel first is given the token (docs/desk-handoff.md).
import type { HandoffRelay } from '../store/shared-store.ts'

const slotOf = (channel: string) => `${channel}-t`
const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** How often, and how far apart, a ticket briefly held by a concurrent open is looked for again. */
const TRIES = 4
const TRY_AFTER_MS = 25

export async function keepPhoneToken(relay: HandoffRelay, channel: string, token: string, ttlMs: number) {
  return relay.put(slotOf(channel), encoder.encode(token), ttlMs)
}

/**
 * The phone token kept for `channel`, left in place for the same phone's next open (a retry after a lost
 * answer); null when there is none (an unknown or expired channel). The relay only takes, so it is taken and
 * given back, and a concurrent open that finds it taken looks again a moment later.
 */
export async function phoneTokenOf(
  relay: HandoffRelay,
  channel: string,
  /** How much longer the token lives (ms); at 0 or less it is not kept. */
  remainingMs: (token: string) => Promise<number>,
): Promise<string | null> {
  for (let attempt = 0; attempt < TRIES; attempt++) {
    const bytes = await relay.take(slotOf(channel))
    if (bytes) {
      const token = decoder.decode(bytes)
      const ttl = await remainingMs(token)
      if (ttl > 0) await relay.giveBack(slotOf(channel), bytes, ttl)
      return token
    }
    await new Promise((resolve) => setTimeout(resolve, TRY_AFTER_MS))
  }
  return null
}
