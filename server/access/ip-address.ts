// IP addresses as bytes: parsing (IPv4, IPv6 with ::, IPv4-mapped, zone ids, a port after v4 or [v6]),
// CIDR ranges, and the key a per-IP rate counts under — IPv6 by /64, since one subscriber or host
// usually holds a whole /64 and could otherwise take a fresh address for every request.

export interface IpAddress {
  version: 4 | 6
  bytes: Uint8Array
}

function parseV4(text: string): Uint8Array | null {
  const parts = text.split('.')
  if (parts.length !== 4) return null
  const bytes = new Uint8Array(4)
  for (let i = 0; i < 4; i++) {
    const part = parts[i]!
    if (!/^(0|[1-9]\d{0,2})$/.test(part) || Number(part) > 255) return null
    bytes[i] = Number(part)
  }
  return bytes
}

function parseV6(text: string): Uint8Array | null {
  let head = text
  let tailV4: Uint8Array | null = null
  const lastColon = text.lastIndexOf(':')
  if (text.slice(lastColon + 1).includes('.')) {
    tailV4 = parseV4(text.slice(lastColon + 1))
    if (!tailV4) return null
    head = `${text.slice(0, lastColon + 1)}0:0`
  }
  const halves = head.split('::')
  if (halves.length > 2) return null
  const groups = (half: string | undefined) => (half ? half.split(':') : [])
  const left = groups(halves[0])
  const right = groups(halves[1])
  const missing = 8 - left.length - right.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const all = [...left, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...right]
  const bytes = new Uint8Array(16)
  for (let i = 0; i < 8; i++) {
    const group = all[i]!
    if (!/^[0-9a-f]{1,4}$/i.test(group)) return null
    const value = parseInt(group, 16)
    bytes[2 * i] = value >> 8
    bytes[2 * i + 1] = value & 0xff
  }
  if (tailV4) bytes.set(tailV4, 12)
  return bytes
}

const V4_MAPPED_PREFIX = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff]

/** Parses an address as a socket or a proxy header gives it; null when it is not one. */
export function parseIp(input: string): IpAddress | null {
  let text = input.trim()
  if (text.length === 0 || text.length > 64) return null
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(text)
  if (bracketed) text = bracketed[1]!
  else if (/^[\d.]+:\d{1,5}$/.test(text)) text = text.slice(0, text.indexOf(':'))
  text = text.replace(/%[\w.-]+$/, '')
  const v4 = parseV4(text)
  if (v4) return { version: 4, bytes: v4 }
  const v6 = text.includes(':') ? parseV6(text) : null
  if (!v6) return null
  // ::ffff:a.b.c.d is an IPv4 client on a dual-stack socket: the same client as a.b.c.d.
  if (V4_MAPPED_PREFIX.every((byte, i) => v6[i] === byte)) return { version: 4, bytes: v6.slice(12) }
  return { version: 6, bytes: v6 }
}

function hex(bytes: Uint8Array, from: number, to: number): string {
  const groups: string[] = []
  for (let i = from; i < to; i += 2) groups.push(((bytes[i]! << 8) | bytes[i + 1]!).toString(16))
  return groups.join(':')
}

/** What a per-IP rate counts under: the IPv4 address, or the IPv6 /64 its address is in. */
export function rateKeyForAddress(address: string | undefined): string {
  const ip = address ? parseIp(address) : null
  if (!ip) return `unparsed:${(address ?? 'none').slice(0, 64)}`
  return ip.version === 4 ? ip.bytes.join('.') : `${hex(ip.bytes, 0, 8)}::/64`
}

export interface IpRange {
  version: 4 | 6
  bytes: Uint8Array
  prefix: number
}

/** `10.0.0.0/8`, `fd00::/8`, or a single address (a /32 or /128); null when malformed. */
export function parseIpRange(text: string): IpRange | null {
  const [address, prefixText, extra] = text.trim().split('/')
  if (extra !== undefined || !address) return null
  const ip = parseIp(address)
  if (!ip) return null
  const max = ip.version === 4 ? 32 : 128
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null
  const prefix = prefixText === undefined ? max : Number(prefixText)
  if (prefix > max) return null
  return { ...ip, prefix }
}

export function rangeContains(range: IpRange, ip: IpAddress): boolean {
  if (range.version !== ip.version) return false
  const whole = range.prefix >> 3
  for (let i = 0; i < whole; i++) if (range.bytes[i] !== ip.bytes[i]) return false
  const bits = range.prefix & 7
  if (bits === 0) return true
  const mask = (0xff << (8 - bits)) & 0xff
  return (range.bytes[whole]! & mask) === (ip.bytes[whole]! & mask)
}
