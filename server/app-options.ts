// Validated configuration → the app's options. Shared by every runtime entry (Node, Workers) so they
// cannot drift apart; the entry only adds what its runtime knows (the recognizer, the client address).
import type { AppOptions, RecordsOptions } from './app.ts'
import { usesTencent, type ServerConfig } from './config.ts'
import { picsFromConfig } from './pics/pics-config.ts'
import type { RecordQueue } from './records/record-queue.ts'
import type { UpstreamConfig } from './upstream/hkid-ocr-client.ts'

export function upstreamFromConfig(config: ServerConfig): UpstreamConfig {
  return {
    endpoint: config.OCR_ENDPOINT,
    secretId: config.TENCENTCLOUD_SECRET_ID ?? '',
    secretKey: config.TENCENTCLOUD_SECRET_KEY ?? '',
    timeoutMs: config.UPSTREAM_TIMEOUT_MS,
    ...(config.TENCENTCLOUD_SESSION_TOKEN ? { sessionToken: config.TENCENTCLOUD_SESSION_TOKEN } : {}),
    ...(config.TENCENTCLOUD_REGION ? { region: config.TENCENTCLOUD_REGION } : {}),
  }
}

/** Beyond the recognizer's own deadline, room for the image's upload and a wait in the rate limiter's queue. */
export const CLIENT_DEADLINE_MARGIN_MS = 20_000

/** How long the browser waits for a recognition: our deadline and then some, so the server's answer — a
 *  card, or UPSTREAM_TIMEOUT — arrives before the browser gives up (30 s with the default 10 s). */
export function recognizeDeadlineMs(config: Pick<ServerConfig, 'UPSTREAM_TIMEOUT_MS'>): number {
  return config.UPSTREAM_TIMEOUT_MS + CLIENT_DEADLINE_MARGIN_MS
}

export function appOptionsFromConfig(
  config: ServerConfig,
): Omit<AppOptions, 'recognizer' | 'clientAddress' | 'logSink'> {
  return {
    maxBodyBytes: config.MAX_BODY_BYTES,
    upstreamRatePerSecond: config.UPSTREAM_RATE_PER_SECOND,
    upstreamQueueMax: config.UPSTREAM_QUEUE_MAX,
    ...(config.CAPTURE_TOKEN_SECRET ? { captureTokenSecret: config.CAPTURE_TOKEN_SECRET } : {}),
    ratePerIpPerMinute: config.RATE_PER_IP_PER_MINUTE,
    ratePerTokenPerMinute: config.RATE_PER_TOKEN_PER_MINUTE,
    allowedOrigins: config.ALLOWED_ORIGINS,
    recordHostOrigin: config.RECORD_HOST_ORIGIN ?? null,
    handoffTtlSeconds: config.HANDOFF_TTL_SECONDS,
    recognizeDeadlineMs: recognizeDeadlineMs(config),
    pics: picsFromConfig(config, usesTencent(config)),
    readingDeadlineMs: config.UPSTREAM_TIMEOUT_MS,
    readOn: config.READ_ON,
  }
}

/** Record delivery's options once the entry has opened the queue; undefined when delivery is not configured. */
export function recordsFromConfig(
  config: ServerConfig,
  queue: RecordQueue | null,
): RecordsOptions | undefined {
  const { RECORD_PUBLIC_JWK: publicJwk, RECORD_WEBHOOK_SECRET: webhookSecret } = config
  if (!queue || !publicJwk || !webhookSecret || !config.RECORD_WEBHOOK_URL) return undefined
  return { queue, publicJwk, webhookSecret, maxBytes: config.RECORD_MAX_BYTES }
}
