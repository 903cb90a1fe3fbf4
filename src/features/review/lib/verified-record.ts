// The verified record handed to integrators: what the card says after review, what the recognizer
// read, every correction, the warnings, and when. Exported as a zod schema so they can validate it.
import { z } from 'zod'
import { cardFieldsSchema, type RecognizeResult } from '../../../hkid/recognize-contract.ts'
import { cardToForm, editSchema, formToCard, listEdits, type CardFormValues } from './card-form-values.ts'

export const verifiedRecordSchema = z.object({
  schemaVersion: z.literal(1),
  requestId: z.string(),
  hkidVersion: z.string(),
  reference: z.string().optional(),
  final: cardFieldsSchema,
  ocr: cardFieldsSchema,
  edits: z.array(editSchema),
  warnings: z.array(z.number().int()),
  timestamps: z.object({ recognizedAt: z.iso.datetime(), confirmedAt: z.iso.datetime() }),
})
export type VerifiedRecord = z.infer<typeof verifiedRecordSchema>

export interface BuildRecordInput {
  result: RecognizeResult
  finalValues: CardFormValues
  reference: string
  recognizedAt: Date
  confirmedAt: Date
}

export function buildVerifiedRecord(input: BuildRecordInput): VerifiedRecord {
  const final = formToCard(input.finalValues)
  const reference = input.reference.trim()
  return verifiedRecordSchema.parse({
    schemaVersion: 1,
    requestId: input.result.requestId,
    hkidVersion: final.hkidVersion,
    ...(reference ? { reference } : {}),
    final,
    ocr: input.result.card,
    edits: listEdits(cardToForm(input.result.card), cardToForm(final)),
    warnings: input.result.warnings,
    timestamps: {
      recognizedAt: input.recognizedAt.toISOString(),
      confirmedAt: input.confirmedAt.toISOString(),
    },
  })
}
