// Shared by the emulator's tests: a TC3-signed HKIDCardOCR call over real HTTP, with knobs to break it.
import { signTc3 } from '#server/tc3/sign-tc3.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'

export interface SignedCallOptions {
  body?: unknown
  /** Sent instead of JSON.stringify(body), e.g. to send something that is not JSON. */
  rawBody?: string
  secretId?: string
  secretKey?: string
  /** Unix seconds; defaults to now. */
  timestamp?: number
  action?: string
  version?: string
  token?: string
  /** Defaults to application/json; the emulator must verify whatever the request really carries. */
  contentType?: string
  /** Instead of global fetch, e.g. a Hono app's `request`, which needs the Host header set by hand. */
  fetcher?: (url: string, init: RequestInit) => Response | Promise<Response>
  /** Applied to the body after signing, to prove the signature covers it. */
  tamper?: (signedBody: string) => string
  /** More headers to sign besides content-type and host (lower-case names, e.g. x-tc-action). */
  signedHeaders?: string[]
}

export interface TencentAnswer {
  status: number
  text: string
  /** Response member of the JSON body, or undefined when the body is not Tencent JSON. */
  response: Record<string, unknown> | undefined
  errorCode: string | undefined
}

export async function signedCall(url: string, options: SignedCallOptions = {}): Promise<TencentAnswer> {
  const payload = options.rawBody ?? JSON.stringify(options.body ?? {})
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000)
  const contentType = options.contentType ?? 'application/json'
  const host = new URL(url).hostname
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-TC-Action': options.action ?? 'HKIDCardOCR',
    'X-TC-Version': options.version ?? '2018-11-19',
    'X-TC-Timestamp': String(timestamp),
    'X-TC-Region': 'ap-hongkong',
  }
  const extra = (options.signedHeaders ?? []).map((name) => {
    const value = Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? ''
    return [name, value] as const
  })
  const { authorization } = await signTc3({
    secretId: options.secretId ?? DEMO_SECRET_ID,
    secretKey: options.secretKey ?? DEMO_SECRET_KEY,
    service: 'ocr',
    host,
    contentType,
    payload,
    timestamp,
    ...(extra.length
      ? { signedHeaders: [['content-type', contentType] as const, ['host', host] as const, ...extra] }
      : {}),
  })
  headers.Authorization = authorization
  if (options.token !== undefined) headers['X-TC-Token'] = options.token
  if (options.fetcher) headers.Host = new URL(url).host
  const res = await (options.fetcher ?? fetch)(`${url}/`, {
    method: 'POST',
    headers,
    body: options.tamper ? options.tamper(payload) : payload,
  })
  return parseAnswer(res)
}

export async function parseAnswer(res: Response): Promise<TencentAnswer> {
  const text = await res.text()
  let response: Record<string, unknown> | undefined
  try {
    const parsed = JSON.parse(text) as { Response?: Record<string, unknown> }
    response = parsed.Response
  } catch {
    response = undefined
  }
  const error = response?.Error as { Code?: string } | undefined
  return { status: res.status, text, response, errorCode: error?.Code }
}

/** Base64 of bytes, for ImageBase64. */
export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
}
