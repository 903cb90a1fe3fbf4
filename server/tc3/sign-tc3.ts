// TC3-HMAC-SHA256 request signing for Tencent Cloud APIs on Web Crypto, so the same code runs on Node
// and on edge runtimes (node:crypto where present; see sha256.ts). Signs `content-type;host`, as the SDK does.
import { hmacSha256, sha256Hex, toHex } from './sha256.ts'

export interface Tc3SignInput {
  secretId: string
  secretKey: string
  /** e.g. `ocr`; the first label of the host for Tencent's own endpoints */
  service: string
  host: string
  contentType: string
  /** The exact bytes (or string, UTF-8 encoded) that will be sent as the body */
  payload: Uint8Array | string
  /** Unix seconds */
  timestamp: number
  method?: string
  /**
   * Every signed header as [lower-case name, value], in SignedHeaders order; defaults to content-type and host
   * (as the SDK signs). Tencent also accepts more, e.g. x-tc-action: the emulator verifies what a client signed.
   */
  signedHeaders?: ReadonlyArray<readonly [name: string, value: string]>
}

export interface Tc3Signature {
  authorization: string
  signature: string
  credentialDate: string
}

const ALGORITHM = 'TC3-HMAC-SHA256'
const SIGNED_HEADERS = 'content-type;host'

export { sha256Hex }

// The signing key depends only on the secret, the day and the service: derived once a day, not per call.
let signingKey: { secretKey: string; date: string; service: string; key: Promise<Uint8Array> } | undefined

function signingKeyFor(secretKey: string, date: string, service: string): Promise<Uint8Array> {
  if (signingKey?.secretKey === secretKey && signingKey.date === date && signingKey.service === service)
    return signingKey.key
  const key = (async () => {
    const secretDate = await hmacSha256(`TC3${secretKey}`, date)
    const secretService = await hmacSha256(secretDate, service)
    return hmacSha256(secretService, 'tc3_request')
  })()
  signingKey = { secretKey, date, service, key }
  return key
}

/** UTC date of a Unix timestamp as YYYY-MM-DD, the credential scope's date. */
export function credentialDateOf(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10)
}

export async function signTc3(input: Tc3SignInput): Promise<Tc3Signature> {
  const method = (input.method ?? 'POST').toUpperCase()
  const credentialDate = credentialDateOf(input.timestamp)
  // Tencent canonicalizes each signed header as lower-case `name:value` with the value trimmed.
  const canonicalHeaders = input.signedHeaders
    ? input.signedHeaders.map(([name, value]) => `${name}:${value.trim().toLowerCase()}\n`).join('')
    : `content-type:${input.contentType.toLowerCase()}\nhost:${input.host.toLowerCase()}\n`
  const signedHeaders = input.signedHeaders?.map(([name]) => name).join(';') ?? SIGNED_HEADERS
  const canonicalRequest = [
    method,
    '/',
    '',
    canonicalHeaders,
    signedHeaders,
    await sha256Hex(input.payload),
  ].join('\n')
  const scope = `${credentialDate}/${input.service}/tc3_request`
  const stringToSign = [ALGORITHM, String(input.timestamp), scope, await sha256Hex(canonicalRequest)].join(
    '\n',
  )

  const secretSigning = await signingKeyFor(input.secretKey, credentialDate, input.service)
  const signature = toHex(await hmacSha256(secretSigning, stringToSign))

  return {
    signature,
    credentialDate,
    authorization: `${ALGORITHM} Credential=${input.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
  }
}
