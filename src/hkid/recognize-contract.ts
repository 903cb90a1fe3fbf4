// The contract of POST /api/hkid/recognize, shared by the server (which produces it) and the browser
// (which validates what it receives). Types are inferred from these schemas, never written twice.
import { z } from 'zod'

export const sexSchema = z.enum(['M', 'F'])

export const cardFieldsSchema = z.object({
  cnName: z.string(),
  enName: z.string(),
  telexCode: z.string(),
  /** null when the card's sex could not be read */
  sex: sexSchema.nullable(),
  /** As printed: DD-MM-YYYY */
  birthday: z.string(),
  /** null when Tencent could not tell (Permanent = -1) */
  permanent: z.boolean().nullable(),
  idNum: z.string(),
  symbol: z.string(),
  /** As printed: (MM-YY) */
  firstIssueDate: z.string(),
  /** As printed: DD-MM-YY */
  currentIssueDate: z.string(),
  windowEmbeddedText: z.string(),
  /** `HKID-2018`, `HKID-2003` or empty when unknown */
  hkidVersion: z.string(),
})
export type CardFields = z.infer<typeof cardFieldsSchema>
export type CardFieldName = keyof CardFields

export const recognizeResultSchema = z.object({
  requestId: z.string(),
  card: cardFieldsSchema,
  /** Tencent's WarnCardInfos codes, e.g. -9102 */
  warnings: z.array(z.number().int()),
  /**
   * false when the recognizer could not check the card for warnings (Tencent's domestic endpoint answers
   * without WarnCardInfos; -9109: the account has no warning service), so an empty list means "unknown", not
   * "none". Absent (servers before this field) means true.
   */
  warningsAvailable: z.boolean().optional(),
  /** Base64 JPEG/PNG bytes (no data: prefix) of the large (primary) and small (secondary) portraits */
  portraits: z.object({
    primary: z.string().optional(),
    secondary: z.string().optional(),
  }),
})
export type RecognizeResult = z.infer<typeof recognizeResultSchema>

export const apiErrorCodes = [
  'NOT_HKID',
  'IMAGE_UNREADABLE',
  'IMAGE_BLURRY',
  'IMAGE_TOO_LARGE',
  'RECOGNITION_FAILED',
  'BUSY',
  'SERVICE_UNAVAILABLE',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_ERROR',
  'UNSUPPORTED_TYPE',
  'EMPTY_BODY',
  'UNAUTHORIZED',
  'RATE_LIMITED',
  'REQUEST_TIMEOUT',
  'TEMPORARILY_UNAVAILABLE',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'INTERNAL_ERROR',
] as const
export const apiErrorCodeSchema = z.enum(apiErrorCodes)
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>

export const apiErrorSchema = z.object({
  error: z.object({
    code: apiErrorCodeSchema,
    message: z.string(),
    requestId: z.string().optional(),
  }),
})
export type ApiError = z.infer<typeof apiErrorSchema>

export const healthSchema = z.object({
  ok: z.boolean(),
  upstream: z.enum(['tencent', 'emulator']),
})
export type Health = z.infer<typeof healthSchema>
