// The link the desk shows as a QR code: this app's address with the hand-off in the #fragment (the channel,
// the key the desk made, the phone's token). Browsers never send a fragment to a server.
import { HANDOFF_FRAGMENT } from '#src/session/desk-handoff-link.ts'

export function phoneLinkFor(
  location: Pick<Location, 'origin' | 'pathname'>,
  handoff: { channel: string; key: string; phoneToken: string },
): string {
  const fragment = new URLSearchParams({
    [HANDOFF_FRAGMENT.channel]: handoff.channel,
    [HANDOFF_FRAGMENT.key]: handoff.key,
    [HANDOFF_FRAGMENT.token]: handoff.phoneToken,
  })
  return `${location.origin}${location.pathname}#${fragment.toString()}`
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
