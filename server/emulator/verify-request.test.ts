import { createHash, createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signTc3 } from '../tc3/sign-tc3.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from './demo-keys.ts'
import { constantTimeEqual, parseAuthorization, verifyTc3Request } from './verify-request.ts'
import type { RequestToVerify, VerifyConfig } from './verify-request.ts'

const CONFIG: VerifyConfig = { secretId: DEMO_SECRET_ID, secretKey: DEMO_SECRET_KEY, service: 'ocr' }
const NOW = 1_700_000_000
const BODY = '{"ImageBase64":"abc"}'

async function signed(
  overrides: Partial<RequestToVerify> = {},
  secretKey = DEMO_SECRET_KEY,
): Promise<RequestToVerify> {
  const { authorization } = await signTc3({
    secretId: DEMO_SECRET_ID,
    secretKey,
    service: 'ocr',
    host: 'ocr.tencentcloudapi.com',
    contentType: 'application/json',
    payload: BODY,
    timestamp: NOW,
  })
  return {
    method: 'POST',
    authorization,
    contentType: 'application/json',
    host: 'ocr.tencentcloudapi.com',
    timestamp: String(NOW),
    token: null,
    body: new TextEncoder().encode(BODY),
    nowSeconds: NOW + 5,
    ...overrides,
  }
}

describe('parseAuthorization', () => {
  it('splits a TC3 header', async () => {
    const parsed = parseAuthorization((await signed()).authorization)
    expect(parsed).toMatchObject({ secretId: DEMO_SECRET_ID, credentialDate: '2023-11-14', service: 'ocr' })
    expect(parsed?.signature).toMatch(/^[0-9a-f]{64}$/)
  })

  it.each([
    null,
    '',
    'Bearer abc',
    'TC3-HMAC-SHA256 Credential=x/2023-11-14/ocr/tc3_request, SignedHeaders=host, Signature=zz',
  ])('rejects %j', (header) => expect(parseAuthorization(header)).toBeNull())
})

describe('constantTimeEqual', () => {
  it('compares exactly', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true)
    expect(constantTimeEqual('abc', 'abd')).toBe(false)
    expect(constantTimeEqual('abc', 'abcd')).toBe(false)
    expect(constantTimeEqual('', '')).toBe(true)
  })
})

/**
 * TC3-HMAC-SHA256 written out from Tencent's "Signature v3" steps with node:crypto, independent of the signer
 * under test: canonical headers are lower-case `name:value` lines (values trimmed and lower-cased) in the order
 * SignedHeaders lists them; Tencent's own example signs content-type;host;x-tc-action.
 */
function referenceAuthorization(headers: Array<[string, string]>, timestamp = NOW): string {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex')
  const hmac = (key: string | Buffer, text: string) => createHmac('sha256', key).update(text).digest()
  const date = new Date(timestamp * 1000).toISOString().slice(0, 10)
  const signed = headers.map(([name]) => name).join(';')
  const canonical = [
    'POST',
    '/',
    '',
    headers.map(([name, value]) => `${name}:${value.trim().toLowerCase()}\n`).join(''),
    signed,
    sha(BODY),
  ].join('\n')
  const scope = `${date}/ocr/tc3_request`
  const toSign = ['TC3-HMAC-SHA256', String(timestamp), scope, sha(canonical)].join('\n')
  const key = hmac(hmac(hmac(`TC3${DEMO_SECRET_KEY}`, date), 'ocr'), 'tc3_request')
  const signature = createHmac('sha256', key).update(toSign).digest('hex')
  return `TC3-HMAC-SHA256 Credential=${DEMO_SECRET_ID}/${scope}, SignedHeaders=${signed}, Signature=${signature}`
}

describe('signed-header lists Tencent accepts', () => {
  const action = (name: string) => (header: string) => (header === 'x-tc-action' ? name : null)
  const withAction = async (authorization: string, actionHeader = 'HKIDCardOCR') =>
    verifyTc3Request({ ...(await signed()), authorization, header: action(actionHeader) }, CONFIG)

  it('accepts content-type;host;x-tc-action, as Tencent’s own example signs', async () => {
    const authorization = referenceAuthorization([
      ['content-type', 'application/json'],
      ['host', 'ocr.tencentcloudapi.com'],
      ['x-tc-action', 'HKIDCardOCR'],
    ])
    expect(await withAction(authorization)).toMatchObject({ ok: true })
    // The action header is covered: another action with the same signature fails.
    expect(await withAction(authorization, 'IDCardOCR')).toMatchObject({
      code: 'AuthFailure.SignatureFailure',
    })
  })

  it('still accepts the SDK’s content-type;host', async () => {
    const authorization = referenceAuthorization([
      ['content-type', 'application/json'],
      ['host', 'ocr.tencentcloudapi.com'],
    ])
    expect(await withAction(authorization)).toMatchObject({ ok: true })
  })

  it.each([
    ['without host', [['content-type', 'application/json']]],
    ['without content-type', [['host', 'ocr.tencentcloudapi.com']]],
    [
      'naming a header twice',
      [
        ['content-type', 'application/json'],
        ['host', 'ocr.tencentcloudapi.com'],
        ['host', 'ocr.tencentcloudapi.com'],
      ],
    ],
  ] as Array<[string, Array<[string, string]>]>)(
    'refuses a list %s as InvalidAuthorization',
    async (_, list) => {
      expect(await withAction(referenceAuthorization(list))).toMatchObject({
        ok: false,
        code: 'AuthFailure.InvalidAuthorization',
      })
    },
  )

  it.each([null, '', 'Bearer abc', 'TC3-HMAC-SHA256 Credential=x, Signature=zz'])(
    'answers a missing or malformed Authorization (%j) with InvalidAuthorization',
    async (authorization) => {
      expect(await verifyTc3Request(await signed({ authorization }), CONFIG)).toMatchObject({
        ok: false,
        code: 'AuthFailure.InvalidAuthorization',
      })
    },
  )
})

describe('verifyTc3Request', () => {
  it('accepts a correctly signed request', async () => {
    expect(await verifyTc3Request(await signed(), CONFIG)).toMatchObject({ ok: true })
  })

  it('accepts Host and Content-Type in any letter case, as Tencent canonicalizes them', async () => {
    const request = await signed({ host: 'OCR.TencentCloudAPI.com', contentType: 'Application/JSON' })
    expect(await verifyTc3Request(request, CONFIG)).toMatchObject({ ok: true })
  })

  it.each<[string, Partial<RequestToVerify>, string]>([
    ['another host', { host: 'evil.example' }, 'AuthFailure.SignatureFailure'],
    ['another content type', { contentType: 'text/plain' }, 'AuthFailure.SignatureFailure'],
    ['another body', { body: new TextEncoder().encode('{}') }, 'AuthFailure.SignatureFailure'],
    ['another method', { method: 'PUT' }, 'AuthFailure.SignatureFailure'],
    ['no Host', { host: null }, 'AuthFailure.SignatureFailure'],
    ['no timestamp', { timestamp: null }, 'AuthFailure.SignatureFailure'],
    ['a timestamp 301 s old', { nowSeconds: NOW + 301 }, 'AuthFailure.SignatureExpire'],
    ['a timestamp 301 s ahead', { nowSeconds: NOW - 301 }, 'AuthFailure.SignatureExpire'],
  ])('rejects %s', async (_name, overrides, code) => {
    expect(await verifyTc3Request(await signed(overrides), CONFIG)).toMatchObject({ ok: false, code })
  })

  it('accepts the edge of the clock skew window', async () => {
    expect(await verifyTc3Request(await signed({ nowSeconds: NOW + 300 }), CONFIG)).toMatchObject({
      ok: true,
    })
  })

  it('rejects a credential date other than the timestamp’s UTC date, and another service', async () => {
    const request = await signed()
    const otherDate = {
      ...request,
      authorization: request.authorization?.replace('2023-11-14', '2023-11-15') ?? null,
    }
    expect(await verifyTc3Request(otherDate, CONFIG)).toMatchObject({ code: 'AuthFailure.SignatureFailure' })
    const otherService = {
      ...request,
      authorization: request.authorization?.replace('/ocr/', '/cvm/') ?? null,
    }
    expect(await verifyTc3Request(otherService, CONFIG)).toMatchObject({
      code: 'AuthFailure.SignatureFailure',
    })
  })

  it('tells an unknown SecretId from a wrong key', async () => {
    expect(await verifyTc3Request(await signed(), { ...CONFIG, secretId: 'AKIDsomeoneElse' })).toMatchObject({
      code: 'AuthFailure.SecretIdNotFound',
    })
    expect(await verifyTc3Request(await signed({}, 'wrong-key'), CONFIG)).toMatchObject({
      code: 'AuthFailure.SignatureFailure',
      signature: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
  })

  it('requires the session token when one is configured', async () => {
    const withToken = { ...CONFIG, sessionToken: 'session-123' }
    expect(await verifyTc3Request(await signed(), withToken)).toMatchObject({
      code: 'AuthFailure.TokenFailure',
    })
    expect(await verifyTc3Request(await signed({ token: 'session-999' }), withToken)).toMatchObject({
      code: 'AuthFailure.TokenFailure',
    })
    expect(await verifyTc3Request(await signed({ token: 'session-123' }), withToken)).toMatchObject({
      ok: true,
    })
  })
})
