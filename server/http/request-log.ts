// One structured JSON line per request. Only what is safe to keep: ids, sizes, types, timings, codes —
// never image bytes, card fields, tokens or upstream messages.

export interface RequestLogFields {
  requestId: string
  method: string
  path: string
  status?: number
  ms?: number
  /** What a route read of the body (absent when it refused the body unread) */
  bytes?: number
  /** The body's declared length (Content-Length; 0 when absent) */
  declaredBytes?: number
  sniffedType?: string | null
  upstreamCode?: string
  /** The upstream's own RequestId, the one the user is shown, so support can find this line by it. */
  upstreamRequestId?: string
  upstreamAttempts?: number
  upstreamMs?: number
  code?: string
  /** Why access was refused (e.g. `expired`), never the token itself. */
  denied?: string
  /** LOCAL_CROSSCHECK: how many fields the two readings differ in (`differs:2`), or why there was none. */
  crossCheck?: string
  /** POST /api/records: the accepted record's receipt id (never the record, which the server cannot read). */
  receipt?: string
  /** Who read the card: `device` on POST /api/hkid/device-reading (the server saw no image) */
  reader?: 'device'
}

export type LogSink = (line: string) => void

export const stdoutSink: LogSink = (line) => console.log(line)

export function writeRequestLog(sink: LogSink, fields: RequestLogFields): void {
  sink(JSON.stringify({ level: 'info', msg: 'request', time: new Date().toISOString(), ...fields }))
}

/** A line about the server rather than a request (the shared store going down and coming back). */
export function writeServerEvent(sink: LogSink, level: 'info' | 'warn', msg: string): void {
  sink(JSON.stringify({ level, msg, time: new Date().toISOString() }))
}
