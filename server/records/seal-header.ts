// What the server checks of a sealed record without opening it (it cannot): the compact JWE's protected header
// says key agreement on P-256 to the business's key and AES-256-GCM, and the other parts have those sizes. A
// record posted in clear, or sealed to anything else, is refused before it is queued. The answer names the
// part that is wrong, never what it held.
import { calculateJwkThumbprint } from 'jose'
import { fromBase64Url } from '../access/capture-token.ts'
import { SEAL_ALGORITHMS, SEAL_ENCRYPTION, type RecordPublicJwk } from '#src/hkid/record-delivery-contract.ts'

const COORDINATE = /^[A-Za-z0-9_-]{43}$/
/** base64url lengths: a 96-bit GCM IV, a 128-bit tag, a wrapped 256-bit key (A256KW adds 8 bytes). */
const IV_LENGTH = 16
const TAG_LENGTH = 22
const WRAPPED_KEY_LENGTH = 54

/** The kids a seal may name: the configured key's own kid and its RFC 7638 thumbprint. */
export async function acceptedKids(jwk: RecordPublicJwk): Promise<ReadonlySet<string>> {
  const thumbprint = await calculateJwkThumbprint({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y })
  return new Set([thumbprint, ...(jwk.kid ? [jwk.kid] : [])])
}

function decodeHeader(part: string): Record<string, unknown> | null {
  try {
    const header: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(part) ?? new Uint8Array()))
    return header && typeof header === 'object' && !Array.isArray(header)
      ? (header as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

function isP256PublicKey(epk: unknown): boolean {
  if (!epk || typeof epk !== 'object') return false
  const key = epk as Record<string, unknown>
  return (
    key.kty === 'EC' &&
    key.crv === 'P-256' &&
    typeof key.x === 'string' &&
    COORDINATE.test(key.x) &&
    typeof key.y === 'string' &&
    COORDINATE.test(key.y) &&
    !('d' in key)
  )
}

/** null when the JWE is sealed as we accept; else which part is wrong, in words for the error's message. */
export function sealProblem(jwe: string, kids: ReadonlySet<string>): string | null {
  const [protectedPart = '', encryptedKey = '', iv = '', , tag = ''] = jwe.split('.')
  const header = decodeHeader(protectedPart)
  if (!header) return 'The JWE’s protected header is not JSON.'
  if (!SEAL_ALGORITHMS.includes(header.alg as never)) {
    return `The JWE’s alg must be ${SEAL_ALGORITHMS.join(' or ')}.`
  }
  if (header.enc !== SEAL_ENCRYPTION) return `The JWE’s enc must be ${SEAL_ENCRYPTION}.`
  if (!isP256PublicKey(header.epk)) return 'The JWE’s epk must be an EC P-256 public key.'
  if (header.kid !== undefined && !kids.has(header.kid as string)) {
    return 'The JWE is sealed to another key (its kid is not this server’s RECORD_PUBLIC_JWK).'
  }
  if ('zip' in header) return 'The JWE must not be compressed (zip).'
  if ('crit' in header) return 'The JWE names critical extensions this server does not know (crit).'
  const wrapped = header.alg === 'ECDH-ES+A256KW'
  if (wrapped ? encryptedKey.length !== WRAPPED_KEY_LENGTH : encryptedKey !== '') {
    return 'The JWE’s encrypted key does not fit its alg.'
  }
  if (iv.length !== IV_LENGTH) return 'The JWE’s initialization vector is not 96 bits.'
  if (tag.length !== TAG_LENGTH) return 'The JWE’s authentication tag is not 128 bits.'
  return null
}
