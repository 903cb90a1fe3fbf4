// What a drawn card prints, in the field names of Tencent's HKIDCardOCR response: the ground truth of every
// synthetic card, so a reader's answer can be compared field by field with no renaming in between.
import { z } from 'zod'

export const hkidVersions = ['HKID-2018', 'HKID-2003'] as const
export type HkidVersion = (typeof hkidVersions)[number]

export const printedCardSchema = z.object({
  /** '' for a holder with no Chinese name */
  CnName: z.string(),
  /** `SURNAME, Given Names` */
  EnName: z.string().regex(/^[A-Z][A-Z -]*, [A-Z][A-Za-z -]*$/),
  /** Four-digit groups separated by one space; '' when there is no Chinese name */
  TelexCode: z.string().regex(/^(\d{4}( \d{4})*)?$/),
  Sex: z.enum(['男M', '女F']),
  /** DD-MM-YYYY */
  Birthday: z.string().regex(/^\d{2}-\d{2}-\d{4}$/),
  /** 1 permanent, 0 not */
  Permanent: z.union([z.literal(0), z.literal(1)]),
  /** e.g. A123456(3), XA123456(A) */
  IdNum: z.string().regex(/^[A-Z]{1,2}\d{6}\([0-9A]\)$/),
  Symbol: z.string(),
  /** (MM-YY) */
  FirstIssueDate: z.string().regex(/^\(\d{2}-\d{2}\)$/),
  /** DD-MM-YY */
  CurrentIssueDate: z.string().regex(/^\d{2}-\d{2}-\d{2}$/),
  /** The ID number without its check digit on HKID-2018 cards; '' on HKID-2003 cards (no window) */
  WindowEmbeddedText: z.string(),
  HKIDVersion: z.enum(hkidVersions),
})
export type PrintedCard = z.infer<typeof printedCardSchema>
