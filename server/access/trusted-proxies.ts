// TRUSTED_PROXIES: which peers may tell us the client's address in X-Forwarded-For. Off by default — any
// client can write that header. With it set, a request whose socket peer is a trusted proxy is attributed
// to the rightmost X-Forwarded-For address that is not itself a trusted proxy (each proxy appends the peer
// it saw; everything left of the first untrusted hop was written by the client and is ignored).
import { parseIp, parseIpRange, rangeContains, type IpRange } from './ip-address.ts'

/** Keywords for the usual places a proxy sits: this host, or a private network. */
const NAMED_RANGES: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
}

/** Parses the comma-separated setting; returns the entries it could not read (for the start-up message). */
export function parseTrustedProxies(setting: string): { ranges: IpRange[]; invalid: number } {
  const ranges: IpRange[] = []
  let invalid = 0
  for (const entry of setting.split(',').map((part) => part.trim().toLowerCase())) {
    if (!entry) continue
    for (const text of NAMED_RANGES[entry] ?? [entry]) {
      const range = parseIpRange(text)
      if (range) ranges.push(range)
      else invalid++
    }
  }
  return { ranges, invalid }
}

export function isTrusted(ranges: readonly IpRange[], address: string): boolean {
  const ip = parseIp(address)
  return ip !== null && ranges.some((range) => rangeContains(range, ip))
}

/** The client's address: the socket peer, or what trusted proxies in front of us say it is. */
export function clientAddressBehindProxies(
  peer: string | undefined,
  forwardedFor: string | undefined,
  ranges: readonly IpRange[],
): string | undefined {
  if (!peer || ranges.length === 0 || !forwardedFor || !isTrusted(ranges, peer)) return peer
  let client = peer
  // Only the last 20 hops are looked at: more is a crafted header, not a chain of proxies.
  const hops = forwardedFor.split(',').slice(-20)
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!.trim()
    // A hop a trusted proxy wrote is an address; garbage was written by the client: stop at the last good one.
    if (!parseIp(hop)) return client
    client = hop
    if (!isTrusted(ranges, hop)) return hop
  }
  return client
}
