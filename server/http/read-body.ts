// Reads a request body up to a byte limit without trusting Content-Length: a declared length over the
// limit is refused before reading, and a stream that grows past the limit is cut off as it arrives.

export type BodyReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' }

export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<BodyReadResult> {
  const declared = request.headers.get('content-length')
  if (declared !== null && Number(declared) > maxBytes) return { ok: false, reason: 'too-large' }
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) }

  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return { ok: false, reason: 'too-large' }
    }
    chunks.push(value)
  }
  if (chunks.length === 1 && chunks[0]) return { ok: true, bytes: chunks[0] }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return { ok: true, bytes }
}
