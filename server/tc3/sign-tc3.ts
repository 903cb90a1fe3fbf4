// TC3-HMAC-SHA256 request signing for Tencent Cloud APIs, with Web Crypto only so the same
// code runs on Node and on edge runtimes. Signs `content-type;host`, as the official SDK does.

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
}

export interface Tc3Signature {
  authorization: string
  signature: string
  credentialDate: string
}

const encoder = new TextEncoder()
const ALGORITHM = 'TC3-HMAC-SHA256'
const SIGNED_HEADERS = 'content-type;host'

function toHex(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer)
  let hex = ''
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0')
  return hex
}

function asBytes(data: Uint8Array | string): Uint8Array<ArrayBuffer> {
  if (typeof data === 'string') return encoder.encode(data)
  return data.buffer instanceof ArrayBuffer ? (data as Uint8Array<ArrayBuffer>) : new Uint8Array(data)
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  return toHex(await crypto.subtle.digest('SHA-256', asBytes(data)))
}

async function hmac(key: Uint8Array | string, message: string): Promise<Uint8Array<ArrayBuffer>> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    asBytes(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(message)))
}

/** UTC date of a Unix timestamp as YYYY-MM-DD, the credential scope's date. */
export function credentialDateOf(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10)
}

export async function signTc3(input: Tc3SignInput): Promise<Tc3Signature> {
  const method = (input.method ?? 'POST').toUpperCase()
  const credentialDate = credentialDateOf(input.timestamp)
  const canonicalHeaders = `content-type:${input.contentType.toLowerCase()}\nhost:${input.host.toLowerCase()}\n`
  const canonicalRequest = [
    method,
    '/',
    '',
    canonicalHeaders,
    SIGNED_HEADERS,
    await sha256Hex(input.payload),
  ].join('\n')
  const scope = `${credentialDate}/${input.service}/tc3_request`
  const stringToSign = [ALGORITHM, String(input.timestamp), scope, await sha256Hex(canonicalRequest)].join(
    '\n',
  )

  const secretDate = await hmac(`TC3${input.secretKey}`, credentialDate)
  const secretService = await hmac(secretDate, input.service)
  const secretSigning = await hmac(secretService, 'tc3_request')
  const signature = toHex((await hmac(secretSigning, stringToSign)).buffer)

  return {
    signature,
    credentialDate,
    authorization: `${ALGORITHM} Credential=${input.secretId}/${scope}, SignedHeaders=${SIGNED_HEADERS}, Signature=${signature}`,
  }
}
