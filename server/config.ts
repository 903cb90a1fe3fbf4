// Configuration from the environment only, validated at start: one clear line per bad value,
// and never the value itself (it may be a secret).
import { z } from 'zod'

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true')
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional()

// An origin is scheme://host[:port] with nothing after it: what a browser sends in the Origin header.
const ORIGIN_PATTERN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:]+\](:\d{1,5})?$/
const ORIGINS_MESSAGE = 'each entry must be an origin like https://example.com (no path, comma-separated)'

function parseOrigins(value: string): string[] {
  return value
    .split(',')
    .map((origin) => origin.trim().toLowerCase())
    .filter(Boolean)
}

const envSchema = z
  .object({
    TENCENTCLOUD_SECRET_ID: optionalText,
    TENCENTCLOUD_SECRET_KEY: optionalText,
    TENCENTCLOUD_SESSION_TOKEN: optionalText,
    TENCENTCLOUD_REGION: optionalText,
    OCR_ENDPOINT: z.url({ protocol: /^https?$/ }).default('https://ocr.intl.tencentcloudapi.com'),
    PORT: z.coerce.number().int().min(0).max(65535).default(8787),
    HOST: z.string().min(1).default('127.0.0.1'),
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(5 * 1024 * 1024)
      .default(5 * 1024 * 1024),
    UPSTREAM_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
    UPSTREAM_RATE_PER_SECOND: z.coerce.number().int().min(1).max(100_000).default(5),
    UPSTREAM_QUEUE_MAX: z.coerce.number().int().min(0).max(10_000).default(20),
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
    HANDOFF_ORIGIN: z
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
    HANDOFF_TTL_SECONDS: z.coerce.number().int().min(5).max(900).default(600),
    ALLOW_ANONYMOUS: flag.default(false),
    RATE_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(30),
    RATE_PER_TOKEN_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(10),
    HTTPS_CERT_FILE: optionalText,
    HTTPS_KEY_FILE: optionalText,
    EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    EMULATOR_CONTROL: flag.default(false),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.TENCENTCLOUD_SECRET_ID) !== Boolean(env.TENCENTCLOUD_SECRET_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.TENCENTCLOUD_SECRET_ID ? 'TENCENTCLOUD_SECRET_KEY' : 'TENCENTCLOUD_SECRET_ID'],
        message:
          'set both TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY, or neither to use the built-in emulator',
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

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; problems: string[] }

export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(env)
  if (parsed.success) return { ok: true, config: parsed.data }
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
