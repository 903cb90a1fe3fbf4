// The durable queue behind record delivery (docs/record-delivery.md): accepts sealed records, and delivers
// each to the business's webhook with retries. Implementations: Redis (REDIS_URL, several instances) and an
// embedded SQLite file (the default). Never memory only: `accept` resolves only once the record is durable.

/** A record ready to queue: the webhook body is built once, so every retry sends the same bytes. */
export interface QueuedRecord {
  /** The receipt id (`rec_…`); the webhook id is `msg_<id>` on every attempt */
  id: string
  /** The ticket's id: one record per ticket, ever (until `ticketExpiresAtMs`) */
  ticketId: string
  ticketExpiresAtMs: number
  /** The exact JSON body of the webhook (recordWebhookSchema) */
  body: string
  acceptedAtMs: number
}

export type AcceptResult = 'accepted' | 'ticket-used'

/** The queue's store could not be reached or did not answer in time: nothing is accepted meanwhile. */
export class RecordStoreUnavailableError extends Error {
  override readonly name = 'RecordStoreUnavailableError'
}

export interface RecordQueueHealth {
  store: 'ok' | 'degraded'
  /** Accepted, not yet delivered (including those waiting for a retry) */
  waiting: number
  /** Given up on (retries exhausted or retention passed) and not yet deleted: operations must look */
  undeliverable: number
}

export interface RecordQueue {
  readonly kind: 'redis' | 'sqlite'
  /** Stores the record durably (or says its ticket was used); throws RecordStoreUnavailableError. */
  accept(record: QueuedRecord): Promise<AcceptResult>
  health(): Promise<RecordQueueHealth>
  /** Stops delivering and closes the store; records not yet delivered stay for the next start. */
  close(): Promise<void>
}
