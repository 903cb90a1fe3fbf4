// The verified record handed to integrators: what the card says after review, what the recognizer read,
// every correction, every error accepted with its reason, the warnings and findings, and when; which journey
// made it, and whether a person still has to look at it. Exported as a zod schema (and as JSON Schema in
// docs/) so integrators can validate what they receive.
import { z } from 'zod'
import type { CardCheck } from '#src/hkid/check-card.ts'
import { findingSchema } from '#src/hkid/finding.ts'
import { cardFieldsSchema, type CardFields, type RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { cardToForm, editSchema, listEdits } from './card-form-values.ts'
import { findingKey } from './finding-key.ts'

export const overrideSchema = findingSchema.extend({ reason: z.string().trim().min(1) })
export type Override = z.infer<typeof overrideSchema>

/** Recognizer warnings that call for a person's judgement (DESIGN §9): photocopy, screen, tampering. */
export const JUDGEMENT_WARNINGS: readonly number[] = [-9102, -9103, -9104]

export const staffReviewSchema = z.object({
  /** true: a member of staff must look at this card before relying on the record */
  needed: z.boolean(),
  /** Errors still standing: a customer may correct them but not accept them */
  findings: z.array(findingSchema),
  /** Warnings among `warnings` that call for a person's judgement */
  warnings: z.array(z.number().int()),
})
export type StaffReview = z.infer<typeof staffReviewSchema>

export const verifiedRecordSchema = z.object({
  schemaVersion: z.literal(1),
  requestId: z.string(),
  hkidVersion: z.string(),
  /** The operator's case or customer number */
  reference: z.string().optional(),
  /** Who confirmed it: an operator at a desk, or the customer on their own */
  journey: z.enum(['operator', 'customer']),
  staffReview: staffReviewSchema,
  final: cardFieldsSchema,
  /** The final dates in ISO form (YYYY-MM-DD; YYYY-MM for the first registration); null when not a date */
  dates: z.object({
    birthday: z.string().nullable(),
    firstIssueDate: z.string().nullable(),
    currentIssueDate: z.string().nullable(),
  }),
  ocr: cardFieldsSchema,
  edits: z.array(editSchema),
  /** Errors an operator accepted, each with the reason (never in a customer's record) */
  overrides: z.array(overrideSchema),
  /** Our own checks on the final values (errors among them are in `overrides` or `staffReview.findings`) */
  findings: z.array(findingSchema),
  /** Tencent's WarnCardInfos codes */
  warnings: z.array(z.number().int()),
  timestamps: z.object({ recognizedAt: z.iso.datetime(), confirmedAt: z.iso.datetime() }),
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

/** An operator's record: throws (zod) if an error finding has no reason, so confirmation cannot produce one.
 * A customer's record: errors cannot be accepted, so those still standing send it to staff review. */
export function buildVerifiedRecord(input: BuildRecordInput): VerifiedRecord {
  const { card: final, check, journey } = input
  const reference = input.reference.trim()
  const errors = check.findings.filter((finding) => finding.severity === 'error')
  const overrides =
    journey === 'operator'
      ? errors.map((finding) => ({ ...finding, reason: input.reasons[findingKey(finding)] ?? '' }))
      : []
  const standing = journey === 'customer' ? errors : []
  const judgement =
    journey === 'customer' ? input.result.warnings.filter((w) => JUDGEMENT_WARNINGS.includes(w)) : []
  return verifiedRecordSchema.parse({
    schemaVersion: 1,
    requestId: input.result.requestId,
    hkidVersion: final.hkidVersion,
    ...(reference ? { reference } : {}),
    journey,
    staffReview: {
      needed: standing.length > 0 || judgement.length > 0,
      findings: standing,
      warnings: judgement,
    },
    final,
    dates: check.dates,
    ocr: input.result.card,
    edits: listEdits(cardToForm(input.result.card), cardToForm(final)),
    overrides,
    findings: check.findings,
    warnings: input.result.warnings,
    timestamps: {
      recognizedAt: input.recognizedAt.toISOString(),
      confirmedAt: input.confirmedAt.toISOString(),
    },
  })
}
