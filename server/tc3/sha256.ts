// SHA-256 and HMAC-SHA256 for TC3 signing. Web Crypto everywhere; on Node, node:crypto when it can be
// reached without a static import (process.getBuiltinModule), because Web Crypto copies a 1.4 MB payload
// and pays a thread-pool round trip per call, which was a tenth of the endpoint's CPU per request.

interface NodeHash {
  update(data: Uint8Array | string): NodeHash
  digest(encoding: 'hex'): string
  digest(): Uint8Array
}
interface NodeCrypto {
  createHash(algorithm: 'sha256'): NodeHash
  createHmac(algorithm: 'sha256', key: Uint8Array | string): NodeHash
}

const encoder = new TextEncoder()

function nodeCrypto(): NodeCrypto | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  try {
    return process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined
  } catch {
    return undefined
  }
}

/** node:crypto when the runtime has it; passing `null` instead forces Web Crypto (tests compare both). */
export const defaultNodeCrypto: NodeCrypto | null = nodeCrypto() ?? null

export function toHex(bytes: Uint8Array): string {
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

function asBytes(data: Uint8Array | string): Uint8Array<ArrayBuffer> {
  if (typeof data === 'string') return encoder.encode(data)
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data)
}

export async function sha256Hex(
  data: Uint8Array | string,
  node: NodeCrypto | null = defaultNodeCrypto,
): Promise<string> {
  if (node) return node.createHash('sha256').update(data).digest('hex')
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', asBytes(data))))
}

export async function hmacSha256(
  key: Uint8Array | string,
  message: string,
  node: NodeCrypto | null = defaultNodeCrypto,
): Promise<Uint8Array> {
  if (node) return node.createHmac('sha256', key).update(message).digest()
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    asBytes(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)))
}
