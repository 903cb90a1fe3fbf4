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

const cardFieldNameSchema = cardFieldsSchema.keyof()

/** One character of the Chinese name as the local reader rebuilt it from its printed telegraph code. */
export const nameCharacterSchema = z.object({
  char: z.string().min(1).max(4),
  /** The four-digit code printed for it ('' when none was read) */
  code: z.string().max(8),
  /** True only when the code's character and what the text recogniser read there agree */
  confirmed: z.boolean(),
})
export type NameCharacter = z.infer<typeof nameCharacterSchema>

const pointSchema = z.tuple([z.number().finite(), z.number().finite()])

/** What a recognizer says about its own reading: which fields it is unsure of, and how the Chinese name was built. */
export const readingSchema = z.object({
  reader: z.enum(['local', 'tencent']),
  /** Fields the reader is not sure of: each is marked for checking on review */
  uncertainFields: z.array(cardFieldNameSchema),
  /** The local reader's Chinese name, character by character (absent from Tencent) */
  cnNameCharacters: z.array(nameCharacterSchema).max(20).optional(),
  /** Where the local reader found the card in the sent photo (pixels; TL TR BR BL of the upright card): "Hide
   * number" covers the number there. Absent from Tencent, which gives no positions. */
  cardCorners: z.tuple([pointSchema, pointSchema, pointSchema, pointSchema]).optional(),
})
export type Reading = z.infer<typeof readingSchema>

/** Why a second, local reading (LOCAL_CROSSCHECK) has nothing to compare. */
export const crossCheckFailures = ['no-card', 'unreadable', 'busy', 'timeout', 'failed'] as const

/**
 * The second, independent reading of the same image by the local reader, when the server cross-checks Tencent.
 * `differences` are the fields whose two readings differ after normalising whitespace, case and full-width forms.
 */
export const crossCheckSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('read'),
    reader: z.literal('local'),
    card: cardFieldsSchema,
    differences: z.array(cardFieldNameSchema),
    reading: readingSchema,
  }),
  z.object({
    status: z.literal('unavailable'),
    reader: z.literal('local'),
    reason: z.enum(crossCheckFailures),
  }),
])
export type CrossCheck = z.infer<typeof crossCheckSchema>

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
  /**
   * The warning codes the recognizer checked: the local reader measures only some (blur, glare, photocopy), and
   * every other is "not checked", never "none". Absent (Tencent): every code it gives was checked.
   */
  warningsChecked: z.array(z.number().int()).max(32).optional(),
  /** Base64 JPEG/PNG bytes (no data: prefix) of the large (primary) and small (secondary) portraits */
  portraits: z.object({
    primary: z.string().optional(),
    secondary: z.string().optional(),
  }),
  /** The recognizer's own account of its reading (absent from servers before it, and from Tencent alone) */
  reading: readingSchema.optional(),
  /** The local reader's second reading, with LOCAL_CROSSCHECK on */
  crossCheck: crossCheckSchema.optional(),
  /**
   * A one-time ticket to post this recognition's sealed record (POST /api/records), bound to the request ID
   * and the capture token; present when record delivery by webhook is configured (docs/record-delivery.md)
   */
  ticket: z.string().max(1024).optional(),
  /** Where this card was read, set by the browser's journey (READ_ON), never by the server: on the customer's
   *  device, or on the server (absent: the server) */
  readOn: z.enum(['device', 'server']).optional(),
})
export type RecognizeResult = z.infer<typeof recognizeResultSchema>

export const healthSchema = z.object({
  ok: z.boolean(),
  /** Tencent Cloud (or what speaks its protocol at OCR_ENDPOINT), or the local reader in the server's process */
  upstream: z.enum(['tencent', 'local-reader']),
  /** Every recognition is also read by the local reader and compared (LOCAL_CROSSCHECK) */
  crossCheck: z.boolean().optional(),
  /** A shared store (Redis, Durable Objects) answering, or down or stalled: capture links refused meanwhile */
  store: z.enum(['ok', 'degraded']).optional(),
  /** Record delivery by webhook, when configured: its store, records waiting, and records given up on */
  records: z
    .object({
      store: z.enum(['ok', 'degraded']),
      waiting: z.number().int().nonnegative(),
      undeliverable: z.number().int().nonnegative(),
    })
    .optional(),
})
export type Health = z.infer<typeof healthSchema>
