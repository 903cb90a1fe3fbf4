// Configuration from the environment only, validated at start: one clear line per bad value,
// and never the value itself (it may be a secret).
import { z } from 'zod'
import { readOnModes } from '#src/hkid/client-config.ts'
import { parseTrustedProxies } from './access/trusted-proxies.ts'
import { picsEnvFields } from './pics/pics-config.ts'
import { checkRecordSettings, checkTestRetrySteps, recordEnvFields } from './records/record-config.ts'

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true')
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional()

// An origin is scheme://host[:port] with nothing after it: what a browser sends in the Origin header.
const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/
const ORIGINS_MESSAGE = 'each entry must be an origin like https://example.com (no path, comma-separated)'
// A host name (optionally *. for its subdomains), an IP, or * alone (no check: a proxy in front checks Host).
const HOST_ENTRY_PATTERN = /^\*$|^(\*\.)?[a-z0-9.-]+$|^\[?[0-9a-f:.]+\]?$/
const HOSTS_MESSAGE = 'each entry must be a host name (kyc.example.com, *.example.com), an IP, or * alone'

function parseHosts(value: string): string[] {
  return value
    .split(',')
    .map((host) => host.trim().toLowerCase())
    .filter(Boolean)
}

// Values that go into HTTP headers (Authorization, X-TC-Token, X-TC-Region): a stray CR/LF or space from a
// copy-paste would break every call, or inject a header.
const HEADER_SAFE = /^[\x21-\x7e]+$/
const headerSafeText = optionalText.pipe(
  z.string().regex(HEADER_SAFE, 'must be printable ASCII with no spaces or line breaks').optional(),
)
const HOST_PATTERN = /^[A-Za-z0-9.-]{1,253}$|^[0-9A-Fa-f:.]{2,45}$/
const REDIS_URL_PATTERN = /^rediss?:\/\/[^\s]+$/

/** Every numeric setting: an integer where an empty value is a mistake, not zero (z.coerce reads '' as 0). */
const integer = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      if (value !== undefined && value.trim() === '') {
        ctx.addIssue({ code: 'custom', message: `is empty: set a whole number ${min}–${max}, or unset it` })
      }
    })
    .transform((value) => (value === undefined ? fallback : Number(value.trim())))
    .pipe(z.number({ message: 'must be a whole number' }).int().min(min).max(max))

function parseOrigins(value: string): string[] {
  return value
    .split(',')
    .map((origin) => origin.trim().toLowerCase())
    .filter(Boolean)
}

const envSchema = z
  .object({
    TENCENTCLOUD_SECRET_ID: headerSafeText,
    TENCENTCLOUD_SECRET_KEY: headerSafeText,
    TENCENTCLOUD_SESSION_TOKEN: headerSafeText,
    TENCENTCLOUD_REGION: optionalText.pipe(
      z
        .string()
        .regex(/^[a-z]{2,}(-[a-z0-9]+)+$/, 'must look like ap-hongkong (lowercase letters, digits, hyphens)')
        .optional(),
    ),
    OCR_ENDPOINT: z.url({ protocol: /^https?$/ }).default('https://ocr.intl.tencentcloudapi.com'),
    PORT: integer(0, 65535, 8787),
    HOST: z
      .string()
      .trim()
      .regex(HOST_PATTERN, 'must be an IP address (127.0.0.1, 0.0.0.0, ::) or a host name of this machine')
      .default('127.0.0.1'),
    HEADERS_TIMEOUT_MS: integer(1000, 120_000, 10_000),
    REQUEST_TIMEOUT_MS: integer(1000, 300_000, 30_000),
    IDLE_TIMEOUT_MS: integer(1000, 120_000, 5_000),
    MAX_CONNECTIONS: integer(1, 100_000, 512),
    MAX_CONNECTIONS_PER_ADDRESS: integer(1, 100_000, 64),
    ALLOWED_HOSTS: z
      .string()
      .optional()
      .transform((value) => parseHosts(value ?? ''))
      .pipe(z.array(z.string().regex(HOST_ENTRY_PATTERN, HOSTS_MESSAGE))),
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .transform((value) => parseTrustedProxies(value ?? ''))
      .refine((parsed) => parsed.invalid === 0, {
        message: 'each entry must be an IP address, a CIDR range (10.0.0.0/8), `loopback` or `private`',
      })
      .transform((parsed) => parsed.ranges),
    REDIS_URL: optionalText.pipe(
      z.string().regex(REDIS_URL_PATTERN, 'must be a redis:// or rediss:// URL').optional(),
    ),
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[A-Za-z0-9:_-]{1,64}$/, 'must be 1–64 of letters, digits, `:`, `_`, `-`')
      .default('hkid:'),
    REDIS_ALLOW_VOLATILE: flag.default(false),
    MAX_BODY_BYTES: integer(1024, 5 * 1024 * 1024, 5 * 1024 * 1024),
    UPSTREAM_TIMEOUT_MS: integer(100, 60_000, 10_000),
    UPSTREAM_RATE_PER_SECOND: integer(1, 100_000, 5),
    UPSTREAM_QUEUE_MAX: integer(0, 10_000, 20),
    CAPTURE_TOKEN_SECRET: z
      .string()
      .trim()
      .transform((value) => value || undefined)
      .pipe(z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional())
      .optional(),
    ALLOWED_ORIGINS: z
      .string()
      .optional()
      .transform((value) => parseOrigins(value ?? ''))
      .pipe(z.array(z.string().regex(ORIGIN_PATTERN, ORIGINS_MESSAGE))),
    RECORD_HOST_ORIGIN: z
      .string()
      .trim()
      .transform((value) => value || undefined)
      .pipe(
        z
          .string()
          .regex(ORIGIN_PATTERN, 'must be one origin like https://partner.example (no path)')
          .optional(),
      )
      .optional(),
    HANDOFF_TTL_SECONDS: integer(5, 900, 600),
    ALLOW_ANONYMOUS: flag.default(false),
    RATE_PER_IP_PER_MINUTE: integer(1, 1_000_000, 30),
    RATE_PER_TOKEN_PER_MINUTE: integer(1, 1_000_000, 10),
    HTTPS_CERT_FILE: optionalText,
    HTTPS_KEY_FILE: optionalText,
    READER_WORKERS: integer(1, 8, 1),
    LOCAL_CROSSCHECK: flag.default(false),
    READ_ON: z
      .enum(readOnModes, {
        message: 'must be server, device or auto (docs/operations.md, reading on the device)',
      })
      .default('server'),
    ...recordEnvFields,
    ...picsEnvFields,
  })
  .superRefine((env, ctx) => {
    checkRecordSettings(env, ctx)
    checkTestRetrySteps(env, ctx)
    if (Boolean(env.TENCENTCLOUD_SECRET_ID) !== Boolean(env.TENCENTCLOUD_SECRET_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.TENCENTCLOUD_SECRET_ID ? 'TENCENTCLOUD_SECRET_KEY' : 'TENCENTCLOUD_SECRET_ID'],
        message:
          'set both TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or neither to read cards with the local reader on this server',
      })
    }
    if (Boolean(env.HTTPS_CERT_FILE) !== Boolean(env.HTTPS_KEY_FILE)) {
      ctx.addIssue({
        code: 'custom',
        path: ['HTTPS_KEY_FILE'],
        message: 'set both HTTPS_CERT_FILE and HTTPS_KEY_FILE',
      })
    }
    const realKeys = env.TENCENTCLOUD_SECRET_ID && env.TENCENTCLOUD_SECRET_KEY
    if (env.LOCAL_CROSSCHECK && !realKeys) {
      ctx.addIssue({
        code: 'custom',
        path: ['LOCAL_CROSSCHECK'],
        message:
          'needs TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY: without them the local reader already reads every card',
      })
    }
    if (realKeys && !env.CAPTURE_TOKEN_SECRET && !env.ALLOW_ANONYMOUS) {
      ctx.addIssue({
        code: 'custom',
        path: ['CAPTURE_TOKEN_SECRET'],
        message:
          'is required with real Tencent keys, or anyone who finds this server can spend your Tencent credit; ' +
          'set it (links then come from `npm run capture-link`), or set ALLOW_ANONYMOUS=1 if something in front already controls access',
      })
    }
  })

export type ServerConfig = z.infer<typeof envSchema>

export type ConfigResult =
  { ok: true; config: ServerConfig; deprecations: string[] } | { ok: false; problems: string[] }

/** Settings renamed for one vocabulary (docs/architecture.md): the old name still works, with a line at start. */
const RENAMED: Record<string, keyof ServerConfig> = { HANDOFF_ORIGIN: 'RECORD_HOST_ORIGIN' }

function withRenamedSettings(env: Record<string, string | undefined>) {
  const current = { ...env }
  const deprecations: string[] = []
  for (const [old, name] of Object.entries(RENAMED)) {
    if (env[old] === undefined) continue
    deprecations.push(`${old} is deprecated: rename it to ${name}`)
    if (env[name] === undefined) current[name] = env[old]
  }
  return { current, deprecations }
}

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const { current, deprecations } = withRenamedSettings(env)
  const parsed = envSchema.safeParse(current)
  if (parsed.success) return { ok: true, config: parsed.data, deprecations }
  return {
    ok: false,
    problems: parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`,
    ),
  }
}

export function usesTencent(config: ServerConfig): boolean {
  return Boolean(config.TENCENTCLOUD_SECRET_ID && config.TENCENTCLOUD_SECRET_KEY)
}

/** Record delivery by webhook is configured (RECORD_WEBHOOK_URL, its secret and the business's public key). */
export function deliversRecords(config: ServerConfig): boolean {
  return Boolean(config.RECORD_WEBHOOK_URL && config.RECORD_WEBHOOK_SECRET && config.RECORD_PUBLIC_JWK)
}
