// End-to-end sealing of the hand-off: AES-GCM with a 128-bit key made in the desk's browser, which travels
// only in the phone link's #fragment. The channel id is bound in as additional data, so a message sealed for
// one hand-off does not open as another's. Format: version (1 byte) · IV (12 bytes) · ciphertext + tag, the
// plaintext being: JSON length (4 bytes, big-endian) · JSON · the card photo's bytes, if any (raw, not base64,
// so a photo costs its own size under the relay's cap).

const VERSION = 2
const encoder = new TextEncoder()

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}

/** A new 128-bit key, and its raw form for the link. Extractable only so that it can be put in the link. */
export async function makeKey(): Promise<{ key: CryptoKey; raw: string }> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt', 'decrypt'])
  return { key, raw: toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', key))) }
}

export function importKey(raw: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', fromBase64(raw), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt'])
}

/** Bytes the envelope adds to what it seals: version, IV, GCM tag, JSON length. */
export const SEAL_OVERHEAD_BYTES = 1 + 12 + 16 + 4

export async function seal(
  key: CryptoKey,
  channel: string,
  value: unknown,
  attachment?: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const json = encoder.encode(JSON.stringify(value))
  const plain = new Uint8Array(4 + json.length + (attachment?.length ?? 0))
  new DataView(plain.buffer).setUint32(0, json.length)
  plain.set(json, 4)
  if (attachment) plain.set(attachment, 4 + json.length)
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(channel) }, key, plain),
  )
  plain.fill(0)
  json.fill(0)
  const out = new Uint8Array(1 + iv.length + sealed.length)
  out[0] = VERSION
  out.set(iv, 1)
  out.set(sealed, 1 + iv.length)
  return out
}

/** The value sealed for this channel, and its attachment (empty when none); throws when the bytes were not
 * sealed so, or were changed on the way. */
export async function unseal(
  key: CryptoKey,
  channel: string,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<{ value: unknown; attachment: Uint8Array<ArrayBuffer> }> {
  if (bytes[0] !== VERSION || bytes.length < SEAL_OVERHEAD_BYTES)
    throw new Error('not a sealed hand-off message')
  const plain = new Uint8Array(
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(1, 13), additionalData: encoder.encode(channel) },
      key,
      bytes.subarray(13),
    ),
  )
  const length = new DataView(plain.buffer).getUint32(0)
  if (4 + length > plain.length) throw new Error('a sealed hand-off message with a damaged length')
  const value = JSON.parse(new TextDecoder().decode(plain.subarray(4, 4 + length))) as unknown
  return { value, attachment: plain.slice(4 + length) }
}
