// Reads a request body up to a byte limit without trusting Content-Length: a declared length over the
// limit is refused before reading, and a stream that grows past the limit is cut off as it arrives.
// On Node (@hono/node-server passes the IncomingMessage as `env.incoming`) the socket's chunks are read
// directly: the Web stream adapter copies every chunk and costs about a millisecond per megabyte.
// A body that does not arrive in time (a slow or stalled client) and a client that hangs up mid-body are
// results, not errors: the route answers 408, or logs 499.

export type BodyReadResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'timeout' | 'client-closed' }

/** The part of Node's IncomingMessage this reads; anything else falls back to the Web stream. */
interface NodeIncoming {
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown
  on(event: 'end' | 'close', listener: () => void): unknown
  on(event: 'error', listener: (error: unknown) => void): unknown
  off(event: string, listener: (...args: never[]) => void): unknown
  pause(): unknown
  readableDidRead: boolean
  readableEnded: boolean
}

function asNodeIncoming(value: unknown): NodeIncoming | null {
  const incoming = value as (Partial<NodeIncoming> & { rawBody?: unknown }) | null | undefined
  if (!incoming || typeof incoming.on !== 'function' || typeof incoming.off !== 'function') return null
  // Untouched and not pre-buffered by a platform (rawBody): otherwise the Web stream is the only source.
  if (incoming.readableDidRead !== false || incoming.readableEnded || 'rawBody' in incoming) return null
  return incoming as NodeIncoming
}

export type Allocate = (size: number) => Uint8Array

const fresh: Allocate = (size) => new Uint8Array(size)

function joined(chunks: Uint8Array[], size: number, allocate: Allocate): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const bytes = allocate(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function readNodeIncoming(
  incoming: NodeIncoming,
  maxBytes: number,
  allocate: Allocate,
  timeoutMs: number,
): Promise<BodyReadResult> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    let size = 0
    const timer = setTimeout(
      () => (stop(), incoming.pause(), resolve({ ok: false, reason: 'timeout' })),
      timeoutMs,
    )
    const stop = () => {
      clearTimeout(timer)
      incoming.off('data', onData)
      incoming.off('end', onEnd)
      incoming.off('error', onError)
      incoming.off('close', onClose)
    }
    const onData = (chunk: Uint8Array) => {
      size += chunk.byteLength
      if (size > maxBytes) {
        // Left unread, as the Web path leaves it: the server drains or closes it after the 413 is sent.
        stop()
        incoming.pause()
        resolve({ ok: false, reason: 'too-large' })
        return
      }
      chunks.push(chunk)
    }
    const onEnd = () => (stop(), resolve({ ok: true, bytes: joined(chunks, size, allocate) }))
    const onError = (error: unknown) => (stop(), reject(error))
    const onClose = () => (stop(), resolve({ ok: false, reason: 'client-closed' }))
    incoming.on('data', onData)
    incoming.on('end', onEnd)
    incoming.on('error', onError)
    incoming.on('close', onClose)
  })
}

export async function readBodyWithLimit(
  request: Request,
  maxBytes: number,
  /** `c.env?.incoming` on @hono/node-server; ignored unless it is an unread Node request stream. */
  nodeIncoming?: unknown,
  /** Where a body of several chunks is joined (a BytePool's acquire); every byte is overwritten. */
  allocate: Allocate = fresh,
  /** The whole body must have arrived within this long (default: no limit). */
  timeoutMs = 2 ** 31 - 1,
): Promise<BodyReadResult> {
  const declared = request.headers.get('content-length')
  if (declared !== null && Number(declared) > maxBytes) return { ok: false, reason: 'too-large' }
  const incoming = asNodeIncoming(nodeIncoming)
  if (incoming) return readNodeIncoming(incoming, maxBytes, allocate, timeoutMs)
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) }

  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)))
  for (;;) {
    let next
    try {
      next = await Promise.race([reader.read(), late])
    } catch {
      clearTimeout(timer)
      return { ok: false, reason: 'client-closed' }
    }
    if (next === 'timeout') {
      await reader.cancel().catch(() => undefined)
      return { ok: false, reason: 'timeout' }
    }
    const { done, value } = next
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      clearTimeout(timer)
      await reader.cancel().catch(() => undefined)
      return { ok: false, reason: 'too-large' }
    }
    chunks.push(value)
  }
  clearTimeout(timer)
  return { ok: true, bytes: joined(chunks, size, allocate) }
}
