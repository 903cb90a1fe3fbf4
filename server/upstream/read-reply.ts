// Reads an upstream reply as JSON without ever holding more than `maxBytes` of it: a declared length over
// the cap is refused before reading, a stream that grows past it is cancelled as it arrives.
import { ReplyTooLargeError } from './node-http-fetch.ts'

/** Tencent's largest real answers (two portrait crops as base64) are a few hundred KB. */
export const DEFAULT_MAX_REPLY_BYTES = 4 * 1024 * 1024

export async function readBoundedJson(response: Response, maxBytes: number): Promise<unknown> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel().catch(() => undefined)
    throw new ReplyTooLargeError(`upstream reply over ${maxBytes} bytes`)
  }
  if (!response.body) return undefined
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw new ReplyTooLargeError(`upstream reply over ${maxBytes} bytes`)
    }
    chunks.push(value)
  }
  const bytes = chunks.length === 1 ? chunks[0]! : new Uint8Array(size)
  if (chunks.length !== 1) {
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.byteLength
    }
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown
  } catch {
    return undefined
  }
}
