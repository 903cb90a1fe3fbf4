// The link the desk shows as a QR code: this app's address with the hand-off in the #fragment — the channel
// and the key the desk made, nothing else (the phone is given its token when it opens the channel). Browsers
// never send a fragment to a server.
import { HANDOFF_PARAM, parseHandoffParam, type HandoffLink } from '#src/session/desk-handoff-link.ts'

export function phoneLinkFor(location: Pick<Location, 'origin' | 'pathname'>, handoff: HandoffLink): string {
  const value = `${handoff.channel}.${handoff.key}`
  // The phone reads only what it can parse: a link it would refuse is never shown.
  if (!parseHandoffParam(value)) throw new RangeError('a hand-off needs a 128-bit channel id and key')
  return `${location.origin}${location.pathname}#${HANDOFF_PARAM}=${value}`
}

/** Resolves after `ms`, at once when the browser comes back online, or when `signal` aborts. */
export function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      window.removeEventListener('online', done)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    window.addEventListener('online', done)
    signal.addEventListener('abort', done)
  })
}
