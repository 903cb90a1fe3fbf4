// Open hand-off waits (long-polls), counted in this process per token and per client address: a wait holds a
// connection for up to HANDOFF_POLL_MS, so without a cap one client refilling waits on one token (800 of them in
// issue 25) took every connection and left 1 % of health probes answered. A wait past either cap is refused at
// once; every admitted wait is counted down when it ends, however it ends (answer, timeout, abort, error).

/** Waits one token may hold open: the desk and the phone each keep one, a few more cover a reconnect's overlap. */
export const MAX_WAITS_PER_TOKEN = 4
/** Waits one client address may hold open: several desks and phones behind one office NAT. */
export const MAX_WAITS_PER_ADDRESS = 32

export class OpenWaits {
  readonly #byToken = new Map<string, number>()
  readonly #byAddress = new Map<string, number>()

  constructor(
    readonly perToken = MAX_WAITS_PER_TOKEN,
    readonly perAddress = MAX_WAITS_PER_ADDRESS,
  ) {}

  /** Admits a wait and returns its release (idempotent), or null when the token or the address is at its cap. */
  enter(token: string, address: string): (() => void) | null {
    if ((this.#byToken.get(token) ?? 0) >= this.perToken) return null
    if ((this.#byAddress.get(address) ?? 0) >= this.perAddress) return null
    add(this.#byToken, token, 1)
    add(this.#byAddress, address, 1)
    let released = false
    return () => {
      if (released) return
      released = true
      add(this.#byToken, token, -1)
      add(this.#byAddress, address, -1)
    }
  }

  /** Waits open, for tests and health: all of them, or one token's. */
  open(token?: string): number {
    if (token !== undefined) return this.#byToken.get(token) ?? 0
    let total = 0
    for (const count of this.#byToken.values()) total += count
    return total
  }
}

function add(counts: Map<string, number>, key: string, delta: number): void {
  const next = (counts.get(key) ?? 0) + delta
  if (next > 0) counts.set(key, next)
  else counts.delete(key)
}
