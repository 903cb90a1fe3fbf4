// Configuration from the environment only, validated at start: one clear line per bad value,
// and never the value itself (it may be a secret).
import { z } from 'zod'

const flag = z.enum(['0', '1', 'true', 'false']).transform((value) => value === '1' || value === 'true')
const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional()

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
    CAPTURE_TOKEN_SECRET: optionalText,
    ALLOWED_ORIGINS: optionalText,
    ALLOW_ANONYMOUS: flag.default(false),
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
