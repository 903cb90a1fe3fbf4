import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sdkSign3, signatureOf } from '#testing/server/sdk-oracle.ts'
import { credentialDateOf, sha256Hex, signTc3, type Tc3SignInput } from './sign-tc3'

const PROPERTY_RUNS = 500

// ---------------------------------------------------------------------------------------------
// Tencent's documented example (API 3.0 "Signature v3" page, CVM DescribeInstances)
// ---------------------------------------------------------------------------------------------

const DOC_SECRET_ID = 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******'
const DOC_SECRET_KEY = 'Gu5t9xGARNpq86cd98joQYCN3*******'
// Exact bytes: literal backslash-u escapes, spaces after ':' and ','.
const DOC_BODY = String.raw`{"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]}`
const DOC_SIGNATURE = '2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c'
const DOC_AUTHORIZATION =
  `TC3-HMAC-SHA256 Credential=${DOC_SECRET_ID}/2019-02-25/cvm/tc3_request, ` +
  `SignedHeaders=content-type;host, Signature=${DOC_SIGNATURE}`

const docInput: Tc3SignInput = {
  secretId: DOC_SECRET_ID,
  secretKey: DOC_SECRET_KEY,
  service: 'cvm',
  host: 'cvm.tencentcloudapi.com',
  contentType: 'application/json; charset=utf-8',
  payload: DOC_BODY,
  timestamp: 1551113065,
  method: 'POST',
}

describe('signTc3: Tencent documented vector', () => {
  it('body bytes are the documented ones (HashedRequestPayload)', async () => {
    expect(DOC_BODY).toContain('\\u672a')
    expect(await sha256Hex(DOC_BODY)).toBe('35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064')
  })

  it('produces the documented date, signature and Authorization header', async () => {
    const result = await signTc3(docInput)
    expect(result.credentialDate).toBe('2019-02-25')
    expect(result.signature).toBe(DOC_SIGNATURE)
    expect(result.authorization).toBe(DOC_AUTHORIZATION)
  })

  it('method defaults to POST', async () => {
    const { method: _method, ...withoutMethod } = docInput
    expect((await signTc3(withoutMethod)).authorization).toBe(DOC_AUTHORIZATION)
  })

  it('the SDK oracle agrees on the documented vector', () => {
    const sdk = sdkSign3({
      method: 'POST',
      url: 'https://cvm.tencentcloudapi.com/',
      payload: Buffer.from(DOC_BODY, 'utf8'),
      timestamp: 1551113065,
      service: 'cvm',
      secretId: DOC_SECRET_ID,
      secretKey: DOC_SECRET_KEY,
      contentType: 'application/json; charset=utf-8',
    })
    expect(sdk).toBe(DOC_AUTHORIZATION)
    expect(signatureOf(sdk)).toBe(DOC_SIGNATURE)
  })
})

// ---------------------------------------------------------------------------------------------
// Differential property test against the official SDK (tencentcloud-sdk-nodejs-common Sign.sign3)
// ---------------------------------------------------------------------------------------------

const MAX_TS = 4e9
const DAY = 86_400

/** Uniform timestamps plus ones within ±2 s of a UTC midnight. */
const timestampArb = fc.oneof(
  fc.integer({ min: 0, max: MAX_TS }),
  fc
    .tuple(fc.integer({ min: 0, max: Math.floor(MAX_TS / DAY) }), fc.integer({ min: -2, max: 2 }))
    .map(([day, offset]) => Math.min(MAX_TS, Math.max(0, day * DAY + offset))),
  fc.constantFrom(0, 1551052800 - 1, 1551052800, 1577836799, 1577836800, 1582934400, MAX_TS),
)

/** Payload: strings (full unicode, and arbitrary UTF-16 incl. lone surrogates) or raw bytes,
 *  raw bytes sometimes as a view at a non-zero offset into a larger buffer. */
type PayloadCase = { ours: string | Uint8Array; bytes: Buffer }
const payloadArb: fc.Arbitrary<PayloadCase> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => ({ ours: s, bytes: Buffer.from(s, 'utf8') })),
  fc.string({ unit: 'binary', maxLength: 300 }).map((s) => ({ ours: s, bytes: Buffer.from(s, 'utf8') })),
  fc.json().map((s) => ({ ours: s, bytes: Buffer.from(s, 'utf8') })),
  fc.uint8Array({ maxLength: 2048 }).map((u) => ({ ours: u, bytes: Buffer.from(u) })),
  fc
    .tuple(fc.uint8Array({ maxLength: 512 }), fc.nat({ max: 16 }), fc.nat({ max: 16 }))
    .map(([u, pre, post]) => {
      const backing = new Uint8Array(pre + u.length + post).fill(0xaa)
      backing.set(u, pre)
      return { ours: backing.subarray(pre, pre + u.length), bytes: Buffer.from(u) }
    }),
)

const secretArb = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9*]{1,48}$/),
  fc.string({ unit: 'grapheme', maxLength: 48 }),
  fc.string({ unit: 'binary', maxLength: 48 }),
)

// Lower-case DNS names. Constraints come from WHATWG URL parsing in the SDK: a numeric last
// label is parsed as IPv4 (and rejected), and `xn--` labels must be valid punycode.
const labelArb = fc
  .stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/)
  .filter((l) => !l.startsWith('xn--'))
const tldArb = fc.stringMatching(/^[a-z]{2,10}$/)
const hostnameArb = fc.oneof(
  fc.constantFrom(
    'cvm.tencentcloudapi.com',
    'ocr.tencentcloudapi.com',
    'ocr.ap-guangzhou.tencentcloudapi.com',
    'localhost',
  ),
  fc
    .tuple(fc.array(labelArb, { minLength: 0, maxLength: 4 }), tldArb)
    .map(([labels, tld]) => [...labels, tld].join('.')),
  fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((octets) => octets.join('.')),
)
/** Randomly upper-cases ASCII letters: both implementations lower-case the host. */
const hostCaseArb = (hostname: string) =>
  fc
    .array(fc.boolean(), { minLength: hostname.length, maxLength: hostname.length })
    .map((flags) => [...hostname].map((ch, i) => (flags[i] ? ch.toUpperCase() : ch)).join(''))
const portArb = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined })

const serviceArb = fc.oneof(
  fc.constantFrom('cvm', 'ocr', 'tmt', 'hunyuan'),
  fc.stringMatching(/^[a-z][a-z0-9]{0,15}$/),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
)

// The SDK signs the content type verbatim while signTc3 lower-cases it, so only lower-case
// values are compared here (Tencent's spec requires lower-cased canonical header values).
const contentTypeArb = fc.oneof(
  fc.constantFrom(
    'application/json; charset=utf-8',
    'application/json',
    'application/x-www-form-urlencoded',
    'application/octet-stream',
    'image/jpeg',
  ),
  fc
    .tuple(
      fc.stringMatching(/^[a-z][a-z0-9.+-]{0,15}$/),
      fc.stringMatching(/^[a-z][a-z0-9.+-]{0,15}$/),
      fc.option(fc.stringMatching(/^[a-z0-9=; -]{0,24}$/), { nil: undefined }),
    )
    .map(([type, sub, params]) => (params === undefined ? `${type}/${sub}` : `${type}/${sub};${params}`)),
)

// The SDK only recognises upper-case 'GET' / 'POST'; signTc3 upper-cases whatever it is given.
// GET is only comparable with an empty query string (signTc3 always signs an empty query).
const methodArb = fc.constantFrom('POST', 'post', 'Post', 'GET', 'get', undefined)

describe('signTc3 vs tencentcloud-sdk-nodejs-common Sign.sign3', () => {
  it(`agrees on the full Authorization header (${PROPERTY_RUNS} runs)`, async () => {
    const caseArb = fc.record({
      payload: payloadArb,
      timestamp: timestampArb,
      secretId: secretArb,
      secretKey: secretArb,
      host: hostnameArb.chain(hostCaseArb),
      port: portArb,
      service: serviceArb,
      contentType: contentTypeArb,
      method: methodArb,
    })
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const ours = await signTc3({
          secretId: c.secretId,
          secretKey: c.secretKey,
          service: c.service,
          // The SDK signs `new URL(url).hostname`, which never carries the port: see the
          // "host with a port" test below. signTc3 is given the bare hostname accordingly.
          host: c.host,
          contentType: c.contentType,
          payload: c.payload.ours,
          timestamp: c.timestamp,
          ...(c.method === undefined ? {} : { method: c.method }),
        })
        const sdk = sdkSign3({
          method: (c.method ?? 'POST').toUpperCase() as 'GET' | 'POST',
          url: `https://${c.host}${c.port === undefined ? '' : `:${c.port}`}/`,
          payload: c.payload.bytes,
          timestamp: c.timestamp,
          service: c.service,
          secretId: c.secretId,
          secretKey: c.secretKey,
          contentType: c.contentType,
        })
        expect(ours.authorization).toBe(sdk)
        expect(ours.signature).toBe(signatureOf(sdk))
        expect(ours.signature).toMatch(/^[0-9a-f]{64}$/)
        expect(ours.credentialDate).toBe(new Date(c.timestamp * 1000).toISOString().slice(0, 10))
      }),
      { numRuns: PROPERTY_RUNS },
    )
  })

  // The following pin down the input classes where the two implementations are NOT
  // interchangeable, so a change in either shows up here.

  it('host with a port: the SDK drops the port, signTc3 signs the host verbatim', async () => {
    const sdk = sdkSign3({
      method: 'POST',
      url: 'https://cvm.tencentcloudapi.com:8443/',
      payload: Buffer.from(DOC_BODY),
      timestamp: docInput.timestamp,
      service: 'cvm',
      secretId: DOC_SECRET_ID,
      secretKey: DOC_SECRET_KEY,
      contentType: docInput.contentType,
    })
    expect(sdk).toBe(DOC_AUTHORIZATION)
    expect((await signTc3({ ...docInput, host: 'cvm.tencentcloudapi.com:8443' })).authorization).not.toBe(sdk)
  })

  it('mixed-case content type: the SDK signs it verbatim, signTc3 lower-cases it', async () => {
    const mixed = 'Application/JSON; charset=UTF-8'
    const sdkArgs = {
      method: 'POST' as const,
      url: 'https://cvm.tencentcloudapi.com/',
      payload: Buffer.from(DOC_BODY),
      timestamp: docInput.timestamp,
      service: 'cvm',
      secretId: DOC_SECRET_ID,
      secretKey: DOC_SECRET_KEY,
    }
    const ours = await signTc3({ ...docInput, contentType: mixed })
    expect(ours.authorization).toBe(DOC_AUTHORIZATION)
    expect(ours.authorization).toBe(sdkSign3({ ...sdkArgs, contentType: mixed.toLowerCase() }))
    expect(ours.authorization).not.toBe(sdkSign3({ ...sdkArgs, contentType: mixed }))
  })
})

// ---------------------------------------------------------------------------------------------
// Unit checks
// ---------------------------------------------------------------------------------------------

describe('credentialDateOf', () => {
  it('uses the UTC date at both ends of the day', () => {
    expect(credentialDateOf(1551052800)).toBe('2019-02-25') // 2019-02-25T00:00:00Z
    expect(credentialDateOf(1551139199)).toBe('2019-02-25') // 2019-02-25T23:59:59Z
    expect(credentialDateOf(1551139200)).toBe('2019-02-26') // 2019-02-26T00:00:00Z
    expect(credentialDateOf(1551052799)).toBe('2019-02-24') // 2019-02-24T23:59:59Z
  })

  it('handles epoch, year and leap-day boundaries', () => {
    expect(credentialDateOf(0)).toBe('1970-01-01')
    expect(credentialDateOf(1577836799)).toBe('2019-12-31')
    expect(credentialDateOf(1577836800)).toBe('2020-01-01')
    expect(credentialDateOf(1582934400)).toBe('2020-02-29')
    expect(credentialDateOf(4e9)).toBe('2096-10-02')
  })
})

describe('sha256Hex', () => {
  const EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
  it('hashes the empty input', async () => {
    expect(await sha256Hex('')).toBe(EMPTY)
    expect(await sha256Hex(new Uint8Array())).toBe(EMPTY)
  })

  it('hashes only the viewed bytes of a subarray', async () => {
    const backing = new Uint8Array([1, 2, 3, 0x61, 0x62, 0x63, 4, 5])
    expect(await sha256Hex(backing.subarray(3, 6))).toBe(await sha256Hex('abc'))
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })
})

describe('signTc3 payload handling', () => {
  const base: Omit<Tc3SignInput, 'payload'> = {
    secretId: 'AKIDtest',
    secretKey: 'secret',
    service: 'ocr',
    host: 'ocr.tencentcloudapi.com',
    contentType: 'application/json; charset=utf-8',
    timestamp: 1700000000,
  }

  it('string and Uint8Array payloads with the same bytes sign identically', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 200 }), async (body) => {
        const bytes = new TextEncoder().encode(body)
        const fromString = await signTc3({ ...base, payload: body })
        const fromBytes = await signTc3({ ...base, payload: bytes })
        expect(fromBytes).toEqual(fromString)
      }),
      { numRuns: 200 },
    )
    expect(await signTc3({ ...docInput, payload: new TextEncoder().encode(DOC_BODY) })).toEqual(
      await signTc3(docInput),
    )
  })

  it('a one-byte change in the body changes the signature', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 256 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        async (body, rawIndex, xor) => {
          const index = rawIndex % body.length
          const changed = Uint8Array.from(body)
          changed[index] = (changed[index] ?? 0) ^ xor
          const a = await signTc3({ ...base, payload: body })
          const b = await signTc3({ ...base, payload: changed })
          expect(b.signature).not.toBe(a.signature)
        },
      ),
      { numRuns: 200 },
    )
    const bytes = new TextEncoder().encode(DOC_BODY)
    bytes[bytes.length - 1] = 0x20 // '}' -> ' '
    expect((await signTc3({ ...docInput, payload: bytes })).signature).not.toBe(DOC_SIGNATURE)
  })
})
