// Validated configuration → the app's options. Shared by every runtime entry (Node, Workers) so they
// cannot drift apart; the entry only adds what its runtime knows (the upstream URL, the client address).
import type { AppOptions } from './app.ts'
import type { ServerConfig } from './config.ts'
import { DEMO_SECRET_ID } from './emulator/demo-keys.ts'
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

export function appOptionsFromConfig(
  config: ServerConfig,
  upstream: UpstreamConfig,
): Omit<AppOptions, 'clientAddress' | 'logSink'> {
  return {
    upstream,
    // The demo keys are public and only the emulator accepts them.
    upstreamKind: upstream.secretId === DEMO_SECRET_ID ? 'emulator' : 'tencent',
    maxBodyBytes: config.MAX_BODY_BYTES,
    upstreamRatePerSecond: config.UPSTREAM_RATE_PER_SECOND,
    upstreamQueueMax: config.UPSTREAM_QUEUE_MAX,
    ...(config.CAPTURE_TOKEN_SECRET ? { captureTokenSecret: config.CAPTURE_TOKEN_SECRET } : {}),
    ratePerIpPerMinute: config.RATE_PER_IP_PER_MINUTE,
    ratePerTokenPerMinute: config.RATE_PER_TOKEN_PER_MINUTE,
    allowedOrigins: config.ALLOWED_ORIGINS,
    handoffOrigin: config.HANDOFF_ORIGIN ?? null,
    handoffTtlSeconds: config.HANDOFF_TTL_SECONDS,
  }
}
