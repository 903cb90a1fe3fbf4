// The one upstream POST on node:http(s) with keep-alive agents, shaped as `fetch` so the caller is the
// same on every runtime. undici's fetch copies the 1.4 MB body, streams it through a ReadableStream and
// keeps it reachable long enough to be promoted, which made the old generation fill every few requests.
// Feature-detected through process.getBuiltinModule: on edge runtimes this is null and fetch is used.

type Headers = Record<string, string>

interface NodeSocket {
  connecting?: boolean
  once(event: 'connect' | 'secureConnect', listener: () => void): unknown
}
interface NodeResponse {
  statusCode?: number
  headers: Record<string, string | string[] | undefined>
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown
  on(event: 'end', listener: () => void): unknown
  on(event: 'error' | 'aborted', listener: (error?: unknown) => void): unknown
}
interface NodeRequest {
  on(event: 'response', listener: (response: NodeResponse) => void): unknown
  on(event: 'error', listener: (error: unknown) => void): unknown
  on(event: 'socket', listener: (socket: NodeSocket) => void): unknown
  end(body: Uint8Array | undefined, callback: () => void): unknown
  destroy(error?: Error): unknown
}
interface NodeHttp {
  Agent: new (options: { keepAlive: boolean }) => unknown
  request(
    url: URL,
    options: { method: string; headers: Headers; agent: unknown; signal?: AbortSignal },
  ): NodeRequest
}

export interface UpstreamFetchHooks {
  /** Called once the request may have left this process: from then on the upstream may have the body. */
  onSending?: () => void
  /** Replies longer than this are cut off and fail with ReplyTooLargeError. */
  maxReplyBytes?: number
}

export type UpstreamFetch = (url: URL, init: RequestInit, hooks?: UpstreamFetchHooks) => Promise<Response>

/** The upstream's answer was longer than we ever read: cut off, never buffered in full. */
export class ReplyTooLargeError extends Error {
  override readonly name = 'ReplyTooLargeError'
}

function builtin(id: string): NodeHttp | undefined {
  const process = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  try {
    return process?.getBuiltinModule?.(id) as NodeHttp | undefined
  } catch {
    return undefined
  }
}

function joined(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.byteLength, 0))
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

/** A fetch for byte bodies over node:http(s), or null where those modules are not available. */
export function createNodeHttpFetch(): UpstreamFetch | null {
  const http = builtin('node:http')
  const https = builtin('node:https')
  if (!http?.request || !https?.request) return null
  const transports = {
    'http:': { module: http, agent: new http.Agent({ keepAlive: true }) },
    'https:': { module: https, agent: new https.Agent({ keepAlive: true }) },
  }
  return (url, init, hooks = {}) =>
    new Promise((resolve, reject) => {
      const transport = transports[url.protocol as keyof typeof transports]
      const body = init.body
      if (!transport || (body != null && !(body instanceof Uint8Array))) {
        reject(new TypeError('node-http-fetch sends byte bodies to http(s) URLs only'))
        return
      }
      const maxReplyBytes = hooks.maxReplyBytes ?? Infinity
      const request = transport.module.request(url, {
        method: init.method ?? 'GET',
        headers: init.headers as Headers,
        agent: transport.agent,
        ...(init.signal ? { signal: init.signal } : {}),
      })
      // Connected (a kept-alive socket already is): the bytes written from here on reach the upstream.
      request.on('socket', (socket) => {
        const connected = () => hooks.onSending?.()
        if (!socket.connecting) connected()
        else socket.once(url.protocol === 'https:' ? 'secureConnect' : 'connect', connected)
      })
      // Settled once the answer is in and the body has left (request 'finish'): from then on the caller
      // may reuse the body's memory, as it may after fetch(), which copies the body up front.
      let sent = false
      let answer: Response | undefined
      const settle = () => sent && answer && resolve(answer)
      const tooLarge = () => {
        const error = new ReplyTooLargeError(`upstream reply over ${maxReplyBytes} bytes`)
        request.destroy(error)
        reject(error)
      }
      request.on('error', reject)
      request.on('response', (response) => {
        if (Number(response.headers['content-length'] ?? 0) > maxReplyBytes) return tooLarge()
        const chunks: Uint8Array[] = []
        let size = 0
        response.on('data', (chunk) => {
          size += chunk.byteLength
          if (size > maxReplyBytes) return tooLarge()
          chunks.push(chunk)
        })
        response.on('error', reject)
        response.on('aborted', () => reject(new Error('the upstream closed the connection mid-answer')))
        response.on('end', () => {
          const contentType = response.headers['content-type']
          try {
            // Throws for statuses a Response cannot carry (1xx, 204 with a body…): a failed call, not a crash.
            answer = new Response(chunks.length > 0 ? joined(chunks) : null, {
              status: response.statusCode ?? 0,
              headers: typeof contentType === 'string' ? { 'content-type': contentType } : {},
            })
            settle()
          } catch (error) {
            reject(error)
          }
        })
      })
      request.end(body ?? undefined, () => ((sent = true), settle()))
    })
}
