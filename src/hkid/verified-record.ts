// The verified record handed to integrators: what the card says after review, what the recognizer read,
// every correction, everything accepted with a reason (and the policy rule that asked for it), the warnings
// and findings, and when; which journey made it, and whether a person still has to look at it. Exported as a
// zod schema (and as JSON Schema in docs/) so integrators can validate what they receive. Fields added after
// schemaVersion 1 are optional, so earlier records still validate.
import { z } from 'zod'
import { cardAsText, editSchema, listEdits } from './card-edits.ts'
import { allWarningsChecked, warningChecks, warningKinds } from './card-warnings.ts'
import type { CardCheck } from './check-card.ts'
import { findingSchema } from './finding.ts'
import {
  cardFieldsSchema,
  crossCheckSchema,
  readingSchema,
  type CardFields,
  type RecognizeResult,
} from './recognize-contract.ts'
import { itemsNeedingReason, REVIEW_POLICY, reasonRules } from './review-policy.ts'

const reasonRuleSchema = z.enum(reasonRules)
const reasonSchema = z.string().trim().min(1)

export const overrideSchema = findingSchema.extend({
  reason: reasonSchema,
  /** The review-policy rule that asked for the reason (absent in records made before it was recorded) */
  rule: reasonRuleSchema.optional(),
})
export type Override = z.infer<typeof overrideSchema>

export const acceptedWarningSchema = z.object({
  /** Tencent's WarnCardInfos code, e.g. -9104 */
  code: z.number().int(),
  rule: reasonRuleSchema,
  reason: reasonSchema,
})
export type AcceptedWarning = z.infer<typeof acceptedWarningSchema>

export const staffReviewSchema = z.object({
  /** true: a member of staff must look at this card before relying on the record */
  needed: z.boolean(),
  /** Findings the policy asks a reason for, still standing: a customer may correct them but not accept them */
  findings: z.array(findingSchema),
  /** Card warnings the policy asks a reason for (photocopy, screen, tampering) */
  warnings: z.array(z.number().int()),
})
export type StaffReview = z.infer<typeof staffReviewSchema>

/** One card warning: whether the recognizer checked it and, when it did, whether it found it. */
export const warningCheckSchema = z.object({
  kind: z.enum(warningKinds),
  /** Tencent's WarnCardInfos code, e.g. -9102 */
  code: z.number().int(),
  checked: z.boolean(),
  /** null when not checked: unknown, never "not found" */
  found: z.boolean().nullable(),
})

export const consentSchema = z.object({
  /** Which statement was agreed to: PICS_VERSION, or `sha256-` and the first 16 hex digits of the text shown */
  picsVersion: z.string().min(1).max(64),
  /** The language the statement was shown in */
  language: z.enum(['en', 'zh-HK']),
  consentedAt: z.iso.datetime(),
})
export type Consent = z.infer<typeof consentSchema>

export const verifiedRecordSchema = z.object({
  schemaVersion: z.literal(1),
  requestId: z.string(),
  hkidVersion: z.string(),
  /** The operator's case or customer number */
  reference: z.string().optional(),
  /** Who confirmed it: an operator at a desk, or the customer on their own (absent in earlier records) */
  journey: z.enum(['operator', 'customer']).optional(),
  /** Whether a person must still look at it: what a customer could not accept (absent in earlier records) */
  staffReview: staffReviewSchema.optional(),
  /** The review policy the record was confirmed under (src/hkid/review-policy.ts, docs/review-rules.md) */
  policy: z.string().optional(),
  final: cardFieldsSchema,
  /** The final dates in ISO form (YYYY-MM-DD; YYYY-MM for the first registration); null when not a date */
  dates: z.object({
    birthday: z.string().nullable(),
    firstIssueDate: z.string().nullable(),
    currentIssueDate: z.string().nullable(),
  }),
  ocr: cardFieldsSchema,
  edits: z.array(editSchema),
  /** Findings accepted with a reason: every error, and any other finding the policy names (window text) */
  overrides: z.array(overrideSchema),
  /** Card warnings accepted with a reason (photocopy, screen, tampering) */
  acceptedWarnings: z.array(acceptedWarningSchema).optional(),
  /** Our own checks on the final values */
  findings: z.array(findingSchema),
  /** Tencent's WarnCardInfos codes */
  warnings: z.array(z.number().int()),
  /**
   * true only when the recognizer checked every card warning (`warningChecks`); false when it checked some or
   * none (the local reader; Tencent without a warning service): an empty `warnings` then does not mean "none"
   */
  warningsAvailable: z.boolean().optional(),
  /** Every card warning: checked or not, and found or not (absent in records made before it) */
  warningChecks: z.array(warningCheckSchema).optional(),
  /** The warning codes the recognizer checked (the local reader: blur, glare, photocopy); absent: every code */
  warningsChecked: z.array(z.number().int()).optional(),
  /** Which reader read `ocr`, the fields it was unsure of, and the Chinese name character by character */
  reading: readingSchema.optional(),
  /** The local reader's second reading of the same image (LOCAL_CROSSCHECK): `ocr` is Tencent's */
  crossCheck: crossCheckSchema.optional(),
  timestamps: z.object({ recognizedAt: z.iso.datetime(), confirmedAt: z.iso.datetime() }),
  /** A customer's consent to the Personal Information Collection Statement shown before the camera opened
   * (absent for an operator's record, whose notice is the business's own, and in earlier records) */
  consent: consentSchema.optional(),
  /** Who read the card (READ_ON): the customer's own device, which sent no image to our server, or the server
   *  (absent in records made before it) */
  reader: z.enum(['device', 'server']).optional(),
})
export type VerifiedRecord = z.infer<typeof verifiedRecordSchema>

export interface BuildRecordInput {
  journey: 'operator' | 'customer'
  result: RecognizeResult
  /** The card as confirmed, and what the rules said about it (the same check review showed) */
  card: CardFields
  check: CardCheck
  reasons: Record<string, string>
  reference: string
  recognizedAt: Date
  confirmedAt: Date
}

/** An operator's record: throws (zod) if anything the policy asks a reason for has none, so confirmation cannot
 * produce one. A customer's: they cannot give reasons, so what would need one sends it to staff review. */
export function buildVerifiedRecord(input: BuildRecordInput): VerifiedRecord {
  const { card: final, check, journey } = input
  const reference = input.reference.trim()
  const needReason = itemsNeedingReason(check.findings, input.result.warnings)
  const items = journey === 'operator' ? needReason : []
  const standing = journey === 'customer' ? needReason : []
  const reasonFor = (key: string) => input.reasons[key] ?? ''
  const checks = warningChecks(input.result)
  return verifiedRecordSchema.parse({
    schemaVersion: 1,
    requestId: input.result.requestId,
    hkidVersion: final.hkidVersion,
    ...(reference ? { reference } : {}),
    journey,
    staffReview: {
      needed: standing.length > 0,
      findings: standing.flatMap((item) => (item.kind === 'finding' ? [item.finding] : [])),
      warnings: standing.flatMap((item) => (item.kind === 'warning' ? [item.warning] : [])),
    },
    policy: REVIEW_POLICY,
    final,
    dates: check.dates,
    ocr: input.result.card,
    edits: listEdits(cardAsText(input.result.card), cardAsText(final)),
    overrides: items.flatMap((item) =>
      item.kind === 'finding' ? [{ ...item.finding, reason: reasonFor(item.key), rule: item.rule }] : [],
    ),
    acceptedWarnings: items.flatMap((item) =>
      item.kind === 'warning' ? [{ code: item.warning, rule: item.rule, reason: reasonFor(item.key) }] : [],
    ),
    findings: check.findings,
    warnings: input.result.warnings,
    warningsAvailable: allWarningsChecked(checks),
    warningChecks: checks,
    ...(input.result.warningsChecked ? { warningsChecked: input.result.warningsChecked } : {}),
    ...(input.result.reading ? { reading: input.result.reading } : {}),
    ...(input.result.crossCheck ? { crossCheck: input.result.crossCheck } : {}),
    timestamps: {
      recognizedAt: input.recognizedAt.toISOString(),
      confirmedAt: input.confirmedAt.toISOString(),
    },
    reader: input.result.readOn ?? 'server',
  })
}
