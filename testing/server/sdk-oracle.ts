// TEST-ONLY helper: a typed wrapper around the official Tencent Cloud SDK's TC3 signer, used as an
// oracle by sign-tc3.test.ts. Never import this from production code (the SDK is a dev dependency).
//
// The SDK ships CommonJS (`exports.default = Sign`) and its `es/` build is not loadable by Node
// (no `"type": "module"`), so it is loaded with createRequire rather than an ESM import.
import { createRequire } from 'node:module'
import type SdkSign from 'tencentcloud-sdk-nodejs-common/tencentcloud/common/sign'

const require = createRequire(import.meta.url)
const { default: Sign } = require('tencentcloud-sdk-nodejs-common/tencentcloud/common/sign.js') as {
  default: typeof SdkSign
}

export interface SdkSign3Input {
  /** The SDK only knows 'GET' and 'POST' (case-sensitive). */
  method: 'GET' | 'POST'
  /** Full URL; the SDK signs `new URL(url).hostname` (port dropped), its pathname and its query. */
  url: string
  payload: Buffer
  timestamp: number
  service: string
  secretId: string
  secretKey: string
  /** Signed verbatim (not lower-cased) by the SDK. */
  contentType: string
}

/** `Sign.sign3` from tencentcloud-sdk-nodejs-common; returns the full Authorization header. */
export function sdkSign3(input: SdkSign3Input): string {
  return Sign.sign3({
    method: input.method,
    url: input.url,
    payload: input.payload,
    timestamp: input.timestamp,
    service: input.service,
    secretId: input.secretId,
    secretKey: input.secretKey,
    multipart: false,
    boundary: '',
    headers: { 'Content-Type': input.contentType },
  })
}

/** The hex signature at the end of an Authorization header. */
export function signatureOf(authorization: string): string {
  const match = /Signature=([0-9a-f]{64})$/.exec(authorization)
  if (!match?.[1]) throw new Error(`no signature in ${authorization}`)
  return match[1]
}
