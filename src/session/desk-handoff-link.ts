// A phone opened from a desk's code carries the hand-off in its link's #fragment: `#h=<channel>.<key>`, the
// channel (128 random bits) and the AES key the desk made (128 bits), both base64url — short enough for a QR
// code an older phone reads at a glance. The phone's token is not in it: the server gives it to the first phone
// that opens the channel. Taken once at start-up, removed from the address bar, kept in memory only. The
// history entry keeps a mark with nothing secret in it, so a reload (which loses the link) can say why instead
// of starting a capture the desk would never receive.

import { takeFromFragment, type HistoryLike, type LocationLike } from './url-fragment.ts'

/** The #fragment parameter of a phone's link; no server ever receives a fragment. */
export const HANDOFF_PARAM = 'h'

export interface HandoffLink {
  channel: string
  /** The AES-GCM key, raw, base64url: never sent anywhere. */
  key: string
}

const MARK = 'hkidHandoff'
/** 16 random bytes, base64url without padding. */
const ID_128 = /^[A-Za-z0-9_-]{22}$/

/** The channel and key of a phone link's fragment value, or null when it is not one. */
export function parseHandoffParam(value: string | null): HandoffLink | null {
  const [channel, key, ...rest] = (value ?? '').split('.')
  if (rest.length > 0 || !channel || !key || !ID_128.test(channel) || !ID_128.test(key)) return null
  return { channel, key }
}

export type TakenLink = { link: HandoffLink; lost: false } | { link: null; lost: boolean }

export function takeHandoffLinkFromUrl(location: LocationLike, history: HistoryLike): TakenLink {
  const state = history.state as Record<string, unknown> | null
  const taken = takeFromFragment(location, history, [HANDOFF_PARAM], { ...(state ?? {}), [MARK]: true })
  if (!taken) return { link: null, lost: state?.[MARK] === true }
  const link = parseHandoffParam(taken[HANDOFF_PARAM])
  return link ? { link, lost: false } : { link: null, lost: true }
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
