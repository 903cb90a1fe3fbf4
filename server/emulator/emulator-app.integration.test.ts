import { request } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DecodeError, decodeImage } from '#server/image/decode-image.ts'
import { DEMO_SECRET_ID } from './demo-keys.ts'
import { MAX_IMAGE_BASE64_LENGTH } from './emulator-app.ts'
import { SPECIMEN_CARD } from './specimen-card.ts'
import { PORTRAIT_BOXES } from '#src/hkid/portrait-layout.ts'
import { CARD_HEIGHT, CARD_WIDTH } from '#src/reader/2-straighten/upright-card.ts'
import { startEmulator } from './start-emulator.ts'
import type { RunningEmulator } from './start-emulator.ts'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { addGlare, boxBlur, drawSyntheticCard } from '#testing/cards/synthetic-card.ts'
import { parseAnswer, signedCall, toBase64 } from '#testing/server/signed-call.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const card = drawSyntheticCard(1600)
const sharpJpeg = encodeJpeg(card)
const sharpBase64 = toBase64(sharpJpeg)

let emulator: RunningEmulator
// A generous rate limit here: these tests are about everything but the limit.
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimitPerSecond: 1000 })
})
afterAll(() => emulator.close())

function decodeBase64Jpeg(base64: unknown) {
  expect(typeof base64).toBe('string')
  return decodeImage(new Uint8Array(Buffer.from(base64 as string, 'base64')))
}

describe('a correctly signed request', () => {
  it('answers with the specimen card, no warnings and both portraits', async () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    const answer = await signedCall(emulator.url, {
      body: { ImageBase64: sharpBase64, ReturnHeadImage: true },
    })
    expect(answer.status).toBe(200)
    expect(answer.errorCode).toBeUndefined()
    expect(answer.response).toMatchObject({ ...SPECIMEN_CARD, WarnCardInfos: [], WarningCode: [] })
    expect(answer.response?.RequestId).toMatch(UUID)
    // cut from the card straightened to the reader's upright size, as the reader cuts them
    const { head: headBox, smallHead: smallBox } = PORTRAIT_BOXES['HKID-2018']
    const head = decodeBase64Jpeg(answer.response?.HeadImage)
    expect(Math.abs(head.width - headBox.w * CARD_WIDTH)).toBeLessThanOrEqual(1)
    expect(Math.abs(head.height - headBox.h * CARD_HEIGHT)).toBeLessThanOrEqual(1)
    const small = decodeBase64Jpeg(answer.response?.SmallHeadImage)
    expect(Math.abs(small.width - smallBox.w * CARD_WIDTH)).toBeLessThanOrEqual(1)
  })

  it('leaves the portraits out unless ReturnHeadImage is true, and verifies a content type with a charset', async () => {
    const answer = await signedCall(emulator.url, {
      body: { ImageBase64: sharpBase64 },
      contentType: 'application/json; charset=utf-8',
    })
    expect(answer.response).toMatchObject({
      IdNum: SPECIMEN_CARD.IdNum,
      HeadImage: null,
      SmallHeadImage: null,
    })
  })

  it('gives every response its own RequestId', async () => {
    const [a, b] = await Promise.all([
      signedCall(emulator.url, { body: { ImageBase64: sharpBase64 } }),
      signedCall(emulator.url, { action: 'Nope' }),
    ])
    expect(a.response?.RequestId).toMatch(UUID)
    expect(b.response?.RequestId).toMatch(UUID)
    expect(a.response?.RequestId).not.toBe(b.response?.RequestId)
  })
})

describe('authentication and routing', () => {
  const body = { ImageBase64: sharpBase64 }
  it.each([
    ['a wrong secret key', { secretKey: 'not-the-demo-key' }, 'AuthFailure.SignatureFailure'],
    [
      'a body tampered after signing',
      { tamper: (s: string) => s.replace('"ImageBase64":"', '"ImageBase64":"A') },
      'AuthFailure.SignatureFailure',
    ],
    [
      'a timestamp 10 minutes old',
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
      'AuthFailure.SignatureExpire',
    ],
    ['an unknown SecretId', { secretId: 'AKIDunknownUnknownUnknown' }, 'AuthFailure.SecretIdNotFound'],
    ['another action', { action: 'IDCardOCR' }, 'InvalidAction'],
    ['another version', { version: '2017-03-12' }, 'NoSuchVersion'],
  ])('rejects %s', async (_name, options, code) => {
    const answer = await signedCall(emulator.url, { body, ...options })
    expect(answer.status).toBe(200)
    expect(answer.errorCode).toBe(code)
    expect(answer.response?.RequestId).toMatch(UUID)
    expect(answer.response?.IdNum).toBeUndefined()
  })

  it('rejects a missing or garbled Authorization header', async () => {
    const headers = {
      'Content-Type': 'application/json',
      'X-TC-Action': 'HKIDCardOCR',
      'X-TC-Version': '2018-11-19',
    }
    const missing = await parseAnswer(
      await fetch(`${emulator.url}/`, { method: 'POST', headers, body: '{}' }),
    )
    expect(missing.errorCode).toBe('AuthFailure.InvalidAuthorization')
    const garbled = await parseAnswer(
      await fetch(`${emulator.url}/`, {
        method: 'POST',
        headers: { ...headers, Authorization: 'TC3 nonsense' },
        body: '{}',
      }),
    )
    expect(garbled.errorCode).toBe('AuthFailure.InvalidAuthorization')
  })

  it('accepts a request that also signs x-tc-action and x-tc-timestamp, as Tencent does', async () => {
    const ok = await signedCall(emulator.url, { body, signedHeaders: ['x-tc-action', 'x-tc-timestamp'] })
    expect(ok.errorCode).toBeUndefined()
    expect(ok.response?.IdNum).toBe('A123456(3)')
  })

  it('answers other methods on / with InvalidParameter, unknown paths and control routes with 404', async () => {
    expect((await parseAnswer(await fetch(`${emulator.url}/`))).errorCode).toBe('InvalidParameter')
    expect((await fetch(`${emulator.url}/v2/ocr`, { method: 'POST' })).status).toBe(404)
    expect((await fetch(`${emulator.url}/__emulator/stats`)).status).toBe(404)
    expect((await fetch(`${emulator.url}/__emulator/next`, { method: 'POST', body: '{}' })).status).toBe(404)
  })

  it('checks X-TC-Token when started with a session token', async () => {
    const withToken = await startEmulator({ sessionToken: 'token-abc' })
    try {
      expect((await signedCall(withToken.url, { body })).errorCode).toBe('AuthFailure.TokenFailure')
      expect((await signedCall(withToken.url, { body, token: 'token-xyz' })).errorCode).toBe(
        'AuthFailure.TokenFailure',
      )
      expect((await signedCall(withToken.url, { body, token: 'token-abc' })).response?.IdNum).toBe(
        SPECIMEN_CARD.IdNum,
      )
    } finally {
      await withToken.close()
    }
  })
})

describe('the request body and the image', () => {
  const truncated = toBase64(sharpJpeg.subarray(0, Math.floor(sharpJpeg.length / 2)))
  it.each([
    ['GIF bytes', toBase64(new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 1, 0, 1, 0, 0, 0, 0]))],
    ['garbage', toBase64(new TextEncoder().encode('this is not an image at all'))],
    ['a truncated JPEG', truncated],
  ])('answers %s with FailedOperation.ImageDecodeFailed', async (_name, ImageBase64) => {
    expect(() => decodeImage(new Uint8Array(Buffer.from(ImageBase64, 'base64')))).toThrow(DecodeError)
    expect((await signedCall(emulator.url, { body: { ImageBase64 } })).errorCode).toBe(
      'FailedOperation.ImageDecodeFailed',
    )
  })

  it('answers ImageBase64 over 7 MB with LimitExceeded.TooLargeFileError, and exactly 7 MB is not too large', async () => {
    const over = await signedCall(emulator.url, {
      body: { ImageBase64: 'A'.repeat(MAX_IMAGE_BASE64_LENGTH + 1) },
    })
    expect(over.errorCode).toBe('LimitExceeded.TooLargeFileError')
    const limit = await signedCall(emulator.url, {
      body: { ImageBase64: 'A'.repeat(MAX_IMAGE_BASE64_LENGTH) },
    })
    expect(limit.errorCode).toBe('FailedOperation.ImageDecodeFailed')
  })

  it('refuses a 300 MB body before reading it (RequestSizeLimitExceeded), signed or not', async () => {
    // Only 1 MB of the declared 300 MB is ever sent: the answer must come without the rest.
    const answer = await new Promise<string>((resolve, reject) => {
      const call = request(emulator.url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': String(300 * 1024 * 1024),
          'X-TC-Action': 'HKIDCardOCR',
          'X-TC-Version': '2018-11-19',
          Authorization: `TC3-HMAC-SHA256 Credential=${DEMO_SECRET_ID}/2026-01-01/ocr/tc3_request, SignedHeaders=content-type;host, Signature=${'0'.repeat(64)}`,
        },
      })
      call.on('response', (response) => {
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString()))
        response.on('end', () => (call.destroy(), resolve(text)))
      })
      call.on('error', reject)
      call.write(Buffer.alloc(1024 * 1024, 0x41))
    })
    expect(JSON.parse(answer).Response.Error.Code).toBe('RequestSizeLimitExceeded')
  })

  it.each([
    ['a body that is not JSON', { rawBody: 'ImageBase64=abc' }],
    ['a JSON array', { rawBody: '[1,2]' }],
    ['no ImageBase64', { body: { ImageUrl: 'https://example.com/card.jpg' } }],
    ['a non-string ImageBase64', { body: { ImageBase64: 42 } }],
  ])('answers %s with InvalidParameter', async (_name, options) => {
    expect((await signedCall(emulator.url, options)).errorCode).toBe('InvalidParameter')
  })

  it('warns -9108 for a blurred card and -9107 for a glared one', async () => {
    const blurred = await signedCall(emulator.url, {
      body: { ImageBase64: toBase64(encodeJpeg(boxBlur(card, 10))) },
    })
    expect(blurred.response?.WarnCardInfos).toEqual([-9108])
    const glared = await signedCall(emulator.url, {
      body: { ImageBase64: toBase64(encodeJpeg(addGlare(card))) },
    })
    expect(glared.response?.WarnCardInfos).toEqual([-9107])
  })
})

describe('rate limit', () => {
  it('answers one of 6 calls within a second with RequestLimitExceeded at the default limit of 5', async () => {
    const limited = await startEmulator({})
    try {
      const small = toBase64(encodeJpeg(drawSyntheticCard(320)))
      // all at once: each card is found and straightened first, and six in a row can outlast the second
      const answers = await Promise.all(
        Array.from({ length: 6 }, () => signedCall(limited.url, { body: { ImageBase64: small } })),
      )
      const codes = answers.map((answer) => answer.errorCode ?? 'ok').sort()
      expect(codes).toEqual(['RequestLimitExceeded', 'ok', 'ok', 'ok', 'ok', 'ok'])
    } finally {
      await limited.close()
    }
  })

  it('names the demo SecretId it accepts', () => {
    expect(DEMO_SECRET_ID).toMatch(/demo/i)
  })
})
