// Server-side TC3-HMAC-SHA256 verification, as Tencent's gateway does it: the emulator recomputes the
// signature from the request's own headers and body bytes, so a client that signs wrongly fails here too.
import { credentialDateOf, signTc3 } from '../tc3/sign-tc3.ts'

/** How far X-TC-Timestamp may be from the server clock, in seconds (Tencent: 5 minutes). */
export const MAX_CLOCK_SKEW_SECONDS = 300

export type AuthErrorCode =
  | 'AuthFailure.InvalidAuthorization'
  | 'AuthFailure.SignatureFailure'
  | 'AuthFailure.SecretIdNotFound'
  | 'AuthFailure.SignatureExpire'
  | 'AuthFailure.TokenFailure'

export interface ParsedAuthorization {
  secretId: string
  credentialDate: string
  service: string
  signedHeaders: string
  signature: string
}

export interface VerifyConfig {
  secretId: string
  secretKey: string
  /** When set, X-TC-Token must equal it (temporary credentials). */
  sessionToken?: string
  /** The service the credential scope must name, e.g. `ocr`. */
  service: string
}

export interface RequestToVerify {
  method: string
  authorization: string | null
  contentType: string | null
  host: string | null
  timestamp: string | null
  token: string | null
  /** Any other request header by lower-case name (for headers a client chose to sign, e.g. x-tc-action) */
  header?: (name: string) => string | null
  body: Uint8Array
  /** Server clock, Unix seconds */
  nowSeconds: number
}

export type VerifyResult =
  | { ok: true; signature: string }
  | { ok: false; code: AuthErrorCode; message: string; signature: string | null }

const AUTHORIZATION_PATTERN =
  /^TC3-HMAC-SHA256 Credential=([^/\s,]+)\/(\d{4}-\d{2}-\d{2})\/([a-z0-9-]+)\/tc3_request, ?SignedHeaders=([a-z0-9-]+(?:;[a-z0-9-]+)*), ?Signature=([0-9a-f]{64})$/

/** Splits a TC3 Authorization header into its parts; null when it is not one. */
export function parseAuthorization(header: string | null): ParsedAuthorization | null {
  const match = header ? AUTHORIZATION_PATTERN.exec(header.trim()) : null
  if (!match) return null
  const [, secretId = '', credentialDate = '', service = '', signedHeaders = '', signature = ''] = match
  return { secretId, credentialDate, service, signedHeaders, signature }
}

/** Compares two strings in time that depends only on their length, so a guesser learns nothing from timing. */
export function constantTimeEqual(a: string, b: string): boolean {
  const length = Math.max(a.length, b.length)
  let difference = a.length ^ b.length
  for (let i = 0; i < length; i++) difference |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0)
  return difference === 0
}

function fail(code: AuthErrorCode, message: string, signature: string | null): VerifyResult {
  return { ok: false, code, message, signature }
}

export async function verifyTc3Request(
  request: RequestToVerify,
  config: VerifyConfig,
): Promise<VerifyResult> {
  const parsed = parseAuthorization(request.authorization)
  if (!parsed)
    return fail('AuthFailure.InvalidAuthorization', 'The Authorization header is missing or malformed.', null)
  const { signature } = parsed
  // Tencent requires content-type and host among the signed headers (fewer would let Host be swapped), and
  // accepts more of them, e.g. x-tc-action.
  const names = parsed.signedHeaders.split(';')
  if (!names.includes('content-type') || !names.includes('host') || new Set(names).size !== names.length) {
    return fail(
      'AuthFailure.InvalidAuthorization',
      'SignedHeaders must name content-type and host, each once.',
      signature,
    )
  }
  if (!constantTimeEqual(parsed.secretId, config.secretId)) {
    return fail('AuthFailure.SecretIdNotFound', 'The SecretId is not found.', signature)
  }
  const timestampText = request.timestamp ?? ''
  if (!/^\d{1,12}$/.test(timestampText)) {
    return fail('AuthFailure.SignatureFailure', 'X-TC-Timestamp is missing or not a number.', signature)
  }
  const timestamp = Number(timestampText)
  if (Math.abs(request.nowSeconds - timestamp) > MAX_CLOCK_SKEW_SECONDS) {
    return fail(
      'AuthFailure.SignatureExpire',
      'The signature has expired: X-TC-Timestamp is too far from now.',
      signature,
    )
  }
  if (parsed.credentialDate !== credentialDateOf(timestamp)) {
    return fail(
      'AuthFailure.SignatureFailure',
      'The credential date is not the UTC date of X-TC-Timestamp.',
      signature,
    )
  }
  if (parsed.service !== config.service) {
    return fail(
      'AuthFailure.SignatureFailure',
      `The credential scope must name service ${config.service}.`,
      signature,
    )
  }
  if (!request.contentType || !request.host) {
    return fail('AuthFailure.SignatureFailure', 'Content-Type and Host headers are required.', signature)
  }
  const valueOf = (name: string): string =>
    name === 'host'
      ? hostnameOf(request.host ?? '')
      : name === 'content-type'
        ? (request.contentType ?? '')
        : (request.header?.(name) ?? '')
  const expected = await signTc3({
    secretId: config.secretId,
    secretKey: config.secretKey,
    service: config.service,
    host: hostnameOf(request.host),
    contentType: request.contentType,
    payload: request.body,
    timestamp,
    method: request.method,
    signedHeaders: names.map((name) => [name, valueOf(name)] as const),
  })
  if (!constantTimeEqual(expected.signature, signature)) {
    return fail('AuthFailure.SignatureFailure', 'The provided credentials could not be validated.', signature)
  }
  if (config.sessionToken !== undefined && !constantTimeEqual(request.token ?? '', config.sessionToken)) {
    return fail('AuthFailure.TokenFailure', 'The X-TC-Token is invalid.', signature)
  }
  return { ok: true, signature }
}

/** The Host header without its port: Tencent's SDK signs the bare hostname, so the emulator does too. */
export function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1)
  const colon = hostHeader.lastIndexOf(':')
  return colon === -1 ? hostHeader : hostHeader.slice(0, colon)
}
