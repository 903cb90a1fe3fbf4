// The embedded record queue (no REDIS_URL): one SQLite file (node-sqlite3-wasm, no native build). `accept`
// writes the ticket and the record in one transaction, synchronous=FULL, so the row is on disk before the
// 202. A delivery loop in this process sends due rows, deletes each on a 2xx and reschedules it otherwise;
// rows left at a restart are delivered by the next start. ONE process owns the file (a second one is refused
// while the owner lives): several instances use Redis.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import sqlite from 'node-sqlite3-wasm'
import {
  isPastRetention,
  logAttempt,
  planAfterFailure,
  type DeliveryPolicy,
  type RecordLog,
} from './delivery-policy.ts'
import {
  RecordStoreUnavailableError,
  type AcceptResult,
  type QueuedRecord,
  type RecordQueue,
  type RecordQueueHealth,
} from './record-queue.ts'
import { claimStoreFile, releaseStoreFile } from './sqlite-file-owner.ts'
import type { DeliveryOutcome, SendRecord } from './webhook-sender.ts'

export interface SqliteRecordQueueOptions {
  path: string
  send: SendRecord
  policy: DeliveryPolicy
  log: RecordLog
  nowMs?: () => number
  /** How often to look for due records when idle (default 1 s) */
  pollMs?: number
  /** Deliveries in flight at once (default 4) */
  concurrency?: number
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS records (
    id TEXT PRIMARY KEY, body TEXT NOT NULL, accepted_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL, given_up_at INTEGER);
  CREATE INDEX IF NOT EXISTS records_due ON records (given_up_at, next_attempt_at);
  CREATE TABLE IF NOT EXISTS spent_tickets (ticket_id TEXT PRIMARY KEY, record_id TEXT NOT NULL,
    expires_at INTEGER NOT NULL);`

export class SqliteRecordQueue implements RecordQueue {
  readonly kind = 'sqlite'
  readonly #db: InstanceType<typeof sqlite.Database>
  readonly #options: Required<Omit<SqliteRecordQueueOptions, 'nowMs'>> & { nowMs: () => number }
  readonly #inFlight = new Map<string, Promise<void>>()
  #timer: ReturnType<typeof setTimeout> | undefined
  #closed = false
  #degraded = false

  constructor(options: SqliteRecordQueueOptions) {
    this.#options = { pollMs: 1000, concurrency: 4, nowMs: Date.now, ...options }
    mkdirSync(dirname(options.path), { recursive: true })
    claimStoreFile(options.path)
    this.#db = new sqlite.Database(options.path)
    // FULL: a commit is fsynced before it returns. secure_delete: a delivered record's bytes are overwritten.
    this.#db.exec('PRAGMA synchronous=FULL; PRAGMA secure_delete=ON;' + SCHEMA)
    this.#schedule(0)
  }

  accept(record: QueuedRecord): Promise<AcceptResult> {
    const db = this.#db
    try {
      db.exec('BEGIN IMMEDIATE')
      try {
        const spent = db.run(
          'INSERT INTO spent_tickets (ticket_id, record_id, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
          [record.ticketId, record.id, record.ticketExpiresAtMs],
        )
        if (spent.changes === 0) {
          db.exec('ROLLBACK')
          // The same record sent again (its answer was lost): it is stored already, or delivered.
          const row = db.get('SELECT record_id FROM spent_tickets WHERE ticket_id = ?', [record.ticketId])
          return Promise.resolve(row?.record_id === record.id ? 'accepted' : 'ticket-used')
        }
        db.run('INSERT INTO records (id, body, accepted_at, next_attempt_at) VALUES (?, ?, ?, ?)', [
          record.id,
          record.body,
          record.acceptedAtMs,
          record.acceptedAtMs,
        ])
        db.exec('COMMIT')
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK')
        throw error
      }
      this.#degraded = false
    } catch (error) {
      this.#degraded = true
      this.#options.log('error', 'record-store-unavailable', { recordId: record.id })
      return Promise.reject(new RecordStoreUnavailableError('record store unavailable', { cause: error }))
    }
    this.#schedule(0)
    return Promise.resolve('accepted')
  }

  health(): Promise<RecordQueueHealth> {
    const row = this.#db.get(
      'SELECT COUNT(*) - COUNT(given_up_at) AS waiting, COUNT(given_up_at) AS undeliverable FROM records',
    )
    return Promise.resolve({
      store: this.#degraded ? 'degraded' : 'ok',
      waiting: Number(row?.waiting ?? 0),
      undeliverable: Number(row?.undeliverable ?? 0),
    })
  }

  async close(): Promise<void> {
    if (this.#closed) return
    this.#closed = true
    clearTimeout(this.#timer)
    await Promise.all(this.#inFlight.values())
    this.#db.close()
    releaseStoreFile(this.#options.path)
  }

  #schedule(ms: number): void {
    if (this.#closed) return
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.#tick(), ms)
  }

  #tick(): void {
    if (this.#closed) return
    const now = this.#options.nowMs()
    try {
      this.#housekeep(now)
      const free = this.#options.concurrency - this.#inFlight.size
      const due = free <= 0 ? [] : this.#due(now, free)
      for (const row of due) {
        const attempt = this.#attempt(row).finally(() => {
          this.#inFlight.delete(row.id)
          this.#schedule(0)
        })
        this.#inFlight.set(row.id, attempt)
      }
      this.#degraded = false
      this.#schedule(this.#nextWakeMs(now))
    } catch (error) {
      this.#degraded = true
      this.#options.log('error', 'record-store-error', {
        reason: error instanceof Error ? error.name : 'error',
      })
      this.#schedule(this.#options.pollMs)
    }
  }

  #due(now: number, limit: number) {
    const busy = [...this.#inFlight.keys()]
    const rows = this.#db.all(
      `SELECT id, body, accepted_at, attempts FROM records WHERE given_up_at IS NULL AND next_attempt_at <= ?
       ORDER BY next_attempt_at LIMIT ?`,
      [now, limit + busy.length],
    )
    return rows
      .map((row) => ({
        id: String(row.id),
        body: String(row.body),
        acceptedAtMs: Number(row.accepted_at),
        attempts: Number(row.attempts),
      }))
      .filter((row) => !this.#inFlight.has(row.id))
      .slice(0, limit)
  }

  async #attempt(row: { id: string; body: string; acceptedAtMs: number; attempts: number }): Promise<void> {
    const attempt = row.attempts + 1
    const outcome = await this.#options.send(row)
    const now = this.#options.nowMs()
    try {
      this.#record(row, attempt, outcome, now)
    } catch (error) {
      // Not written: the row is sent again (same webhook-id) once the store works.
      this.#degraded = true
      this.#options.log('error', 'record-store-error', {
        recordId: row.id,
        reason: error instanceof Error ? error.name : 'error',
      })
    }
  }

  #record(
    row: { id: string; acceptedAtMs: number },
    attempt: number,
    outcome: DeliveryOutcome,
    now: number,
  ): void {
    if (outcome.kind === 'delivered') {
      logAttempt(this.#options.log, row.id, attempt, outcome)
      this.#db.run('DELETE FROM records WHERE id = ?', [row.id])
      return
    }
    const next = planAfterFailure(attempt, outcome, row.acceptedAtMs, now, this.#options.policy)
    logAttempt(this.#options.log, row.id, attempt, outcome, next)
    if (next.kind === 'give-up') {
      this.#db.run("UPDATE records SET attempts = ?, given_up_at = ?, body = '' WHERE id = ?", [
        attempt,
        now,
        row.id,
      ])
    } else {
      this.#db.run('UPDATE records SET attempts = ?, next_attempt_at = ? WHERE id = ?', [
        attempt,
        now + next.delayMs,
        row.id,
      ])
    }
  }

  /** Gives up on records past the retention, drops tombstones and spent tickets whose time has passed. */
  #housekeep(now: number): void {
    const { retentionMs } = this.#options.policy
    const stale = this.#db.all(
      'SELECT id, attempts, accepted_at FROM records WHERE given_up_at IS NULL AND accepted_at <= ?',
      [now - retentionMs],
    )
    for (const row of stale) {
      const id = String(row.id)
      if (this.#inFlight.has(id) || !isPastRetention(Number(row.accepted_at), now, this.#options.policy))
        continue
      this.#db.run("UPDATE records SET given_up_at = ?, body = '' WHERE id = ?", [now, id])
      this.#options.log('error', 'record-undeliverable', {
        recordId: id,
        attempt: Number(row.attempts),
        reason: 'retention',
      })
    }
    const removed = this.#db.run('DELETE FROM records WHERE given_up_at IS NOT NULL AND given_up_at <= ?', [
      now - retentionMs,
    ])
    if (removed.changes > 0) this.#options.log('info', 'record-removed', { count: removed.changes })
    this.#db.run('DELETE FROM spent_tickets WHERE expires_at <= ?', [now])
  }

  /** Sleep until the next due row, a tombstone's end, or the idle poll, whichever comes first. */
  #nextWakeMs(now: number): number {
    const row = this.#db.get('SELECT MIN(next_attempt_at) AS next FROM records WHERE given_up_at IS NULL')
    const next = row?.next == null ? Infinity : Number(row.next) - now
    // Due yet not started: all slots are busy (or it is in flight), and each finished attempt wakes the loop.
    return next <= 0 ? this.#options.pollMs : Math.min(next, this.#options.pollMs)
  }
}
