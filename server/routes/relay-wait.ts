// One long-poll over several relay slots: answers as soon as any of them has something, with everything
// taken by then. Nothing taken is ever dropped: the other waits are stopped, then awaited, and whatever
// they took in the meantime is answered too.
import type { HandoffRelay } from '../store/shared-store.ts'

export async function waitForAny(
  relay: HandoffRelay,
  slots: readonly string[],
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Map<string, Uint8Array>> {
  const stop = new AbortController()
  const onAbort = () => stop.abort()
  signal.addEventListener('abort', onAbort, { once: true })
  if (signal.aborted) stop.abort()
  try {
    const waits = slots.map((slot) =>
      relay
        .waitAndTake(slot, { timeoutMs: Math.max(0, timeoutMs), signal: stop.signal })
        .then((bytes) => [slot, bytes] as const),
    )
    await Promise.race(waits)
    stop.abort()
    const found = new Map<string, Uint8Array>()
    for (const [slot, bytes] of await Promise.all(waits)) if (bytes) found.set(slot, bytes)
    return found
  } finally {
    signal.removeEventListener('abort', onAbort)
  }
}
