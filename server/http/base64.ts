// Base64 of binary bodies (the image upstream, the relay's ciphertext). Node's Buffer (also present on workerd
// with nodejs_compat) is several times faster than btoa over a binary string, so it is used where it exists.

interface BufferLike {
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: 'base64'): string }
}

export function bytesToBase64(bytes: Uint8Array): string {
  const buffer = (globalThis as { Buffer?: BufferLike }).Buffer
  // A view over the same memory: no copy of a 5 MB body.
  if (buffer) return buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64')
  let binary = ''
  const chunk = 0x8000
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + chunk))
  }
  return btoa(binary)
}

/** The bytes of standard base64 (not checked: callers decode only what they encoded). */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0))
}
