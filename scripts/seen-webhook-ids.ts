// The webhook-ids the reference receiver has handled, kept in a file: the sender retries one record under one
// id for days, so a restarted receiver must still know a redelivery and not handle it twice. One JSON line per
// id, appended and flushed to disk before the 2xx; on start the file is rewritten without what is too old to
// come again (and without a line a crash cut short).
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'

const DAY_MS = 24 * 60 * 60 * 1000
/** Two of the sender's longest retention (RECORD_RETENTION_HOURS ≤ 720): its retries, then a margin. */
export const SEEN_KEEP_DAYS = 60

function writeDurably(fd: number, text: string) {
  writeSync(fd, text)
  fsyncSync(fd)
}

function readSeen(path: string, oldestMs: number): Map<string, number> {
  const seen = new Map<string, number>()
  if (!existsSync(path)) return seen
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    try {
      const [id, atMs] = JSON.parse(line) as [unknown, unknown]
      if (typeof id === 'string' && typeof atMs === 'number' && atMs >= oldestMs) seen.set(id, atMs)
    } catch {
      // an empty line, or the last one a crash cut short: that id was never answered 2xx
    }
  }
  return seen
}

export class SeenWebhookIds {
  readonly #seen: Map<string, number>
  readonly #fd: number
  readonly #nowMs: () => number

  constructor(path: string, nowMs: () => number = Date.now) {
    this.#nowMs = nowMs
    this.#seen = readSeen(path, nowMs() - SEEN_KEEP_DAYS * DAY_MS)
    // Rewritten whole, then swapped in: a crash leaves the old file or the new one, never half of one.
    const fresh = openSync(`${path}.tmp`, 'w', 0o600)
    writeDurably(fresh, [...this.#seen].map((entry) => `${JSON.stringify(entry)}\n`).join(''))
    closeSync(fresh)
    renameSync(`${path}.tmp`, path)
    this.#fd = openSync(path, 'a', 0o600)
  }

  has(id: string): boolean {
    return this.#seen.has(id)
  }

  /** Returns once the id is on disk. */
  add(id: string): void {
    const atMs = this.#nowMs()
    writeDurably(this.#fd, `${JSON.stringify([id, atMs])}\n`)
    this.#seen.set(id, atMs)
  }

  close(): void {
    closeSync(this.#fd)
  }
}
