// The verified record handed to integrators: what the card says after review, what the recognizer read,
// every correction, every error accepted with its reason, the warnings and findings, and when. Exported as
// a zod schema (and as JSON Schema in docs/) so integrators can validate what they receive.
import { z } from 'zod'
import type { CardCheck } from '#src/hkid/check-card.ts'
import { findingSchema } from '#src/hkid/finding.ts'
import { cardFieldsSchema, type CardFields, type RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { cardToForm, editSchema, listEdits } from './card-form-values.ts'
import { findingKey } from './finding-key.ts'

export const overrideSchema = findingSchema.extend({ reason: z.string().trim().min(1) })
export type Override = z.infer<typeof overrideSchema>

export const verifiedRecordSchema = z.object({
  schemaVersion: z.literal(1),
  requestId: z.string(),
  hkidVersion: z.string(),
  reference: z.string().optional(),
  final: cardFieldsSchema,
  /** The final dates in ISO form (YYYY-MM-DD; YYYY-MM for the first registration); null when not a date */
  dates: z.object({
    birthday: z.string().nullable(),
    firstIssueDate: z.string().nullable(),
    currentIssueDate: z.string().nullable(),
  }),
  ocr: cardFieldsSchema,
  edits: z.array(editSchema),
  overrides: z.array(overrideSchema),
  /** Our own checks on the final values (errors among them are all in `overrides`) */
  findings: z.array(findingSchema),
  /** Tencent's WarnCardInfos codes */
  warnings: z.array(z.number().int()),
  timestamps: z.object({ recognizedAt: z.iso.datetime(), confirmedAt: z.iso.datetime() }),
})
export type VerifiedRecord = z.infer<typeof verifiedRecordSchema>

export interface BuildRecordInput {
  result: RecognizeResult
  /** The card as confirmed, and what the rules said about it (the same check review showed) */
  card: CardFields
  check: CardCheck
  reasons: Record<string, string>
  reference: string
  recognizedAt: Date
  confirmedAt: Date
}

/** Throws (zod) if an error finding has no reason: confirmation must not produce such a record. */
export function buildVerifiedRecord(input: BuildRecordInput): VerifiedRecord {
  const { card: final, check } = input
  const reference = input.reference.trim()
  const overrides = check.findings
    .filter((finding) => finding.severity === 'error')
    .map((finding) => ({ ...finding, reason: input.reasons[findingKey(finding)] ?? '' }))
  return verifiedRecordSchema.parse({
    schemaVersion: 1,
    requestId: input.result.requestId,
    hkidVersion: final.hkidVersion,
    ...(reference ? { reference } : {}),
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
