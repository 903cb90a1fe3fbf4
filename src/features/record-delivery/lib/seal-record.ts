// Seals a confirmed record for the business alone: a compact JWE (ECDH-ES, A256GCM) to its public key, so our
// server queues and sends ciphertext it cannot read. Loaded only on demand (deliver-record-mutation.ts): jose
// comes with it when review opens or a record is confirmed, never with the first screen.
import { CompactEncrypt, importJWK } from 'jose'
import type { RecordPublicJwk, SealedContent } from '#src/hkid/record-delivery-contract.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'

const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const
type PhotoType = (typeof PHOTO_TYPES)[number]

/** Base64 (no data: prefix) of the bytes, in slices so a large photo does not overflow the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** The photo that was read, as the record carries it; null when there is none (a desk hand-off). */
export async function photoContent(image: Blob | undefined): Promise<SealedContent['photo']> {
  if (!image) return null
  const type: PhotoType = PHOTO_TYPES.find((known) => known === image.type) ?? 'image/jpeg'
  return { type, base64: bytesToBase64(new Uint8Array(await image.arrayBuffer())) }
}

export interface SealInput {
  record: VerifiedRecord
  result: Pick<RecognizeResult, 'portraits'>
  image?: Blob | undefined
}

/** What the business opens: the record, the photo that was read and the portraits staff review needs. */
export async function sealedContent({ record, result, image }: SealInput): Promise<SealedContent> {
  return { record, photo: await photoContent(image), portraits: result.portraits }
}

export async function sealRecord(content: SealedContent, publicJwk: RecordPublicJwk): Promise<string> {
  const { kid, ...jwk } = publicJwk
  const key = await importJWK({ ...jwk, alg: 'ECDH-ES' }, 'ECDH-ES')
  return new CompactEncrypt(new TextEncoder().encode(JSON.stringify(content)))
    .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM', ...(kid ? { kid } : {}) })
    .encrypt(key)
}
