// The settings of record delivery (docs/record-delivery.md), validated with the rest of config.ts: the webhook
// URL, its Standard Webhooks secret and the business's public key come together or not at all. Messages name
// what is wrong, never a value (the secret is one, and a pasted private key would be another).
import { z } from 'zod'
import { recordPublicJwkSchema } from '#src/hkid/record-delivery-contract.ts'
import { parseTestRetrySteps, TEST_RETRY_STEPS_LIMIT } from './retry-schedule.ts'

const MIB = 1024 * 1024

/**
 * A sealed record carries the photo that was read: up to MAX_BODY_BYTES (5 MiB) as base64 inside the sealed
 * JSON, then base64url again in the compact JWE — ×16/9, about 8.9 MiB — plus the portraits and the fields.
 * 10 MiB takes the largest photo the recognizer accepts; a typical phone photo seals to 1–2 MiB.
 */
export const DEFAULT_RECORD_MAX_BYTES = 10 * MIB

/** Standard Webhooks secrets are `whsec_` and base64; 24 bytes is the spec's minimum, 32 what record-keys makes. */
const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]+={0,2}$/
const MIN_SECRET_BYTES = 24

function secretBytes(secret: string): number {
  const base64 = secret.slice('whsec_'.length)
  return Math.floor((base64.replace(/=+$/, '').length * 3) / 4)
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional()

const webhookSecret = optionalText.pipe(
  z
    .string()
    .regex(WEBHOOK_SECRET_PATTERN, 'must be whsec_ followed by base64 (`npm run record-keys` makes one)')
    .refine((value) => !WEBHOOK_SECRET_PATTERN.test(value) || secretBytes(value) >= MIN_SECRET_BYTES, {
      message: `must hold at least ${MIN_SECRET_BYTES} bytes after whsec_ (\`npm run record-keys\` makes 32)`,
    })
    .optional(),
)

const publicJwk = optionalText.transform((value, ctx) => {
  if (value === undefined) return undefined
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: 'is not JSON: give the public JWK `npm run record-keys` printed',
    })
    return z.NEVER
  }
  if (parsed && typeof parsed === 'object' && 'd' in parsed) {
    ctx.addIssue({
      code: 'custom',
      message:
        'is a PRIVATE key (it has "d"): give the PUBLIC key here; the private key stays with the business’s receiver',
    })
    return z.NEVER
  }
  const jwk = recordPublicJwkSchema.safeParse(parsed)
  if (!jwk.success) {
    const fields = [...new Set(jwk.error.issues.map((issue) => issue.path.join('.') || 'key'))].join(', ')
    ctx.addIssue({
      code: 'custom',
      message: `must be an EC P-256 public JWK (kty EC, crv P-256, x, y; optional kid, use enc, alg ECDH-ES): wrong or unexpected ${fields}`,
    })
    return z.NEVER
  }
  return jwk.data
})

/** Whole numbers where an empty value is a mistake, as config.ts reads its own. */
const integer = (min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return fallback
      if (value.trim() === '') {
        ctx.addIssue({ code: 'custom', message: `is empty: set a whole number ${min}–${max}, or unset it` })
        return z.NEVER
      }
      return Number(value.trim())
    })
    .pipe(z.number({ message: 'must be a whole number' }).int().min(min).max(max))

export const recordEnvFields = {
  RECORD_WEBHOOK_URL: optionalText.pipe(
    z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL' }).optional(),
  ),
  RECORD_WEBHOOK_SECRET: webhookSecret,
  RECORD_PUBLIC_JWK: publicJwk,
  RECORD_STORE_PATH: z.string().trim().min(1).default('data/records.sqlite'),
  RECORD_RETENTION_HOURS: integer(1, 720, 72),
  RECORD_MAX_BYTES: integer(64 * 1024, 32 * MIB, DEFAULT_RECORD_MAX_BYTES),
  // Tests only (checkTestRetrySteps): deliveries retried in milliseconds, so a fault test ends in seconds.
  RECORD_RETRY_STEPS_MS: optionalText.transform((value, ctx) => {
    if (value === undefined) return undefined
    const steps = parseTestRetrySteps(value)
    if (steps) return steps
    ctx.addIssue({
      code: 'custom',
      message: `must be up to ${TEST_RETRY_STEPS_LIMIT.count} comma-separated waits in ms (each ≤ ${TEST_RETRY_STEPS_LIMIT.maxMs}, the last > 0)`,
    })
    return z.NEVER
  }),
  NODE_ENV: optionalText,
}

/** RECORD_RETRY_STEPS_MS would retry a real receiver every few seconds and give up within hours: tests only. */
export function checkTestRetrySteps(
  env: { RECORD_RETRY_STEPS_MS?: unknown; NODE_ENV?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (env.RECORD_RETRY_STEPS_MS === undefined || env.NODE_ENV === 'test') return
  ctx.addIssue({
    code: 'custom',
    path: ['RECORD_RETRY_STEPS_MS'],
    message:
      'is for tests only (NODE_ENV=test): unset it; deliveries follow the documented schedule (5 s up to 4 h, ≥ 24 h in all)',
  })
}

const TOGETHER = ['RECORD_WEBHOOK_URL', 'RECORD_WEBHOOK_SECRET', 'RECORD_PUBLIC_JWK'] as const

/** The three delivery settings together or none: the first missing one carries the message. */
export function checkRecordSettings(
  env: Partial<Record<(typeof TOGETHER)[number], unknown>>,
  ctx: z.RefinementCtx,
): void {
  const missing = TOGETHER.filter((name) => env[name] === undefined)
  if (missing.length === 0 || missing.length === TOGETHER.length) return
  ctx.addIssue({
    code: 'custom',
    path: [missing[0]!],
    message: `record delivery needs all of ${TOGETHER.join(', ')}: ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing (\`npm run record-keys\` makes the secret and the key), or unset them all`,
  })
}
