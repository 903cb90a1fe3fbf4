// Sealing round-trips: what the browser seals, the business's private key opens, byte for byte — with a fresh
// key pair each run and with the committed test pair the e2e receiver uses.
import { compactDecrypt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK } from 'jose'
import { describe, expect, it } from 'vitest'
import { recordPublicJwkSchema, sealedContentSchema } from '#src/hkid/record-delivery-contract.ts'
import { buildVerifiedRecord } from '#src/hkid/verified-record.ts'
import { checkCard } from '#src/hkid/check-card.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { TEST_RECORD_PRIVATE_JWK, TEST_RECORD_PUBLIC_JWK } from '#testing/records/test-record-keys.ts'
import { bytesToBase64, photoContent, sealedContent, sealRecord } from './seal-record.ts'

const at = new Date('2026-11-25T10:00:00Z')
const result = {
  requestId: 'req-1',
  card: { ...SPECIMEN_FIELDS, idNum: 'A123456(3)' },
  warnings: [],
  portraits: { primary: 'cG9ydHJhaXQ=', secondary: 'c21hbGw=' },
}
const record = buildVerifiedRecord({
  journey: 'customer',
  result,
  card: result.card,
  check: checkCard(result.card, { today: at }),
  reasons: {},
  reference: '',
  recognizedAt: at,
  confirmedAt: at,
})
// Every byte value, and more than one slice of the base64 encoder.
const photoBytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256)

async function freshKeys() {
  const { publicKey, privateKey } = await generateKeyPair('ECDH-ES', { crv: 'P-256', extractable: true })
  const publicJwk = recordPublicJwkSchema.parse({ ...(await exportJWK(publicKey)), kid: 'k-1' })
  return { publicJwk, privateKey }
}

describe('sealRecord', () => {
  it('seals the record, the photo and the portraits so that only the private key opens them', async () => {
    const { publicJwk, privateKey } = await freshKeys()
    const image = new Blob([photoBytes], { type: 'image/jpeg' })
    const content = await sealedContent({ record, result, image })
    const jwe = await sealRecord(content, publicJwk)
    expect(decodeProtectedHeader(jwe)).toMatchObject({ alg: 'ECDH-ES', enc: 'A256GCM', kid: 'k-1' })
    const { plaintext } = await compactDecrypt(jwe, privateKey)
    const opened = sealedContentSchema.parse(JSON.parse(new TextDecoder().decode(plaintext)))
    expect(opened.record).toEqual(record)
    expect(opened.portraits).toEqual(result.portraits)
    expect(opened.photo?.type).toBe('image/jpeg')
    expect(new Uint8Array(Buffer.from(opened.photo!.base64, 'base64'))).toEqual(photoBytes)
    // Nothing of the card can be read off the sealed text.
    expect(jwe).not.toContain(Buffer.from(JSON.stringify(record.final)).toString('base64url').slice(0, 20))
  })

  it('is not opened by another key', async () => {
    const { publicJwk } = await freshKeys()
    const other = await freshKeys()
    const jwe = await sealRecord(await sealedContent({ record, result }), publicJwk)
    await expect(compactDecrypt(jwe, other.privateKey)).rejects.toThrow()
  })

  it('seals with ECDH-ES even when the business key names ECDH-ES+A256KW, and opens with the test pair', async () => {
    const publicJwk = { ...TEST_RECORD_PUBLIC_JWK, alg: 'ECDH-ES+A256KW' as const }
    const jwe = await sealRecord(await sealedContent({ record, result }), publicJwk)
    const key = await importJWK({ ...TEST_RECORD_PRIVATE_JWK, alg: 'ECDH-ES' }, 'ECDH-ES')
    const { plaintext } = await compactDecrypt(jwe, key)
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toMatchObject({ photo: null, record })
  })
})

describe('photoContent', () => {
  it('is null without a photo (a desk hand-off) and keeps a known type', async () => {
    expect(await photoContent(undefined)).toBeNull()
    const png = await photoContent(new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }))
    expect(png).toEqual({ type: 'image/png', base64: 'AQID' })
    // A blob without a type is the JPEG the compressor makes.
    expect((await photoContent(new Blob([new Uint8Array([1])])))?.type).toBe('image/jpeg')
  })

  it('encodes base64 as btoa does, across slices', () => {
    expect(bytesToBase64(photoBytes)).toBe(Buffer.from(photoBytes).toString('base64'))
  })
})
