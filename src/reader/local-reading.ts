// What the local reader adds to HKIDCardOCR's wire shape, for the review: how sure it is of each field, which
// fields a person must check, and the Chinese name character by character with whether the printed code and
// the reading agreed. Carried as `LocalReading` beside Tencent's fields.
import { z } from 'zod'

/** Tencent's names of the card's fields, as the reader's extension and the server's check of it use them. */
export const readerFieldNames = [
  'CnName',
  'EnName',
  'TelexCode',
  'Sex',
  'Birthday',
  'Permanent',
  'IdNum',
  'Symbol',
  'FirstIssueDate',
  'CurrentIssueDate',
  'WindowEmbeddedText',
  'HKIDVersion',
] as const
export const readerFieldNameSchema = z.enum(readerFieldNames)
export type ReaderFieldName = z.infer<typeof readerFieldNameSchema>

export const chineseNameCharacterSchema = z.object({
  /** The character given for this position */
  char: z.string(),
  /** The four-digit code printed for it ('' when none was read) */
  code: z.string(),
  /** What the recogniser read there ('' when nothing) */
  read: z.string(),
  /** The code's character and the reading agree; false means a person must confirm it */
  confirmed: z.boolean(),
})
export type ChineseNameCharacter = z.infer<typeof chineseNameCharacterSchema>

export const localReadingSchema = z.object({
  /** 0–1 per field: the weakest character it was read from, lowered when its own checks fail */
  FieldConfidence: z.partialRecord(readerFieldNameSchema, z.number().min(0).max(1)),
  /** Fields the reader is not sure of: to be checked on the review, never taken as read */
  UncertainFields: z.array(readerFieldNameSchema),
  ChineseNameCharacters: z.array(chineseNameCharacterSchema),
  /** The card's corners in the uploaded image (pixels, TL TR BR BL of the upright card) */
  CardCorners: z.array(z.tuple([z.number(), z.number()])).length(4),
  /** The card was found upside down and read turned round */
  Turned: z.boolean(),
  /** The WarnCardInfos codes the reader measured (blur, glare, photocopy): any other was not checked */
  WarningsChecked: z.array(z.number().int()),
})
export type LocalReading = z.infer<typeof localReadingSchema>
