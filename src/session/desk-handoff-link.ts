// A phone opened from a desk's code carries the hand-off in its link's #fragment: the channel and the key
// the desk made (the token is taken by capture-token.ts). Taken once at start-up, removed from the address
// bar, kept in memory only. The history entry keeps a mark with nothing secret in it, so a reload (which
// loses the link) can say why instead of starting a capture the desk would never receive.

import { TOKEN_PARAM } from './capture-token.ts'
import { takeFromFragment, type HistoryLike, type LocationLike } from './url-fragment.ts'

/** Where the phone's link carries its parts: all in the #fragment, which no server ever receives. */
export const HANDOFF_FRAGMENT = { channel: 'handoff', key: 'key', token: TOKEN_PARAM } as const

export interface HandoffLink {
  channel: string
  /** The AES-GCM key, raw, base64url: never sent anywhere. */
  key: string
}

const MARK = 'hkidHandoff'
const ID = /^[A-Za-z0-9_-]{16,64}$/

export type TakenLink = { link: HandoffLink; lost: false } | { link: null; lost: boolean }

export function takeHandoffLinkFromUrl(location: LocationLike, history: HistoryLike): TakenLink {
  const state = history.state as Record<string, unknown> | null
  const taken = takeFromFragment(location, history, [HANDOFF_FRAGMENT.channel, HANDOFF_FRAGMENT.key], {
    ...(state ?? {}),
    [MARK]: true,
  })
  if (!taken) return { link: null, lost: state?.[MARK] === true }
  const { [HANDOFF_FRAGMENT.channel]: channel, [HANDOFF_FRAGMENT.key]: key } = taken
  if (!channel || !key || !ID.test(channel) || !/^[A-Za-z0-9_-]{43}$/.test(key))
    return { link: null, lost: true }
  return { link: { channel, key }, lost: false }
}

let taken: TakenLink | null = null

function current(): TakenLink {
  if (!taken) {
    taken =
      typeof window === 'undefined'
        ? { link: null, lost: false }
        : takeHandoffLinkFromUrl(window.location, window.history)
  }
  return taken
}

// Taken as soon as the app's modules load, so the key is off the address bar before first paint.
current()

/** The desk's hand-off this page was opened with, if any. */
export function handoffLink(): HandoffLink | null {
  return current().link
}

/** This tab was opened from a desk's code, but its link is gone (reloaded) or was damaged. */
export function handoffLinkLost(): boolean {
  return current().lost
}
