// The seam between the local reader and everything around it: the reader takes image bytes and answers in
// HKIDCardOCR's wire shape (the fields, WarnCardInfos, portraits) plus its own `LocalReading` extension, or
// Tencent's error for an image that holds no card or cannot be decoded. The emulator sends it on as its answer;
// the cross-check (LOCAL_CROSSCHECK) normalizes it like any upstream answer.
import { z } from 'zod'
import { cardFieldsWireSchema, localReadingWireSchema } from '#src/hkid/hkid-ocr-response.ts'

/** What the reader may answer; checked when it comes back from its worker, before anyone relies on it. */
export const localReaderAnswerSchema = z.union([
  z.object({
    Error: z.object({
      Code: z.enum(['FailedOperation.NoHKIDCard', 'FailedOperation.ImageDecodeFailed']),
      Message: z.string().max(500).optional(),
    }),
  }),
  z.object({
    Error: z.never().optional(),
    ...cardFieldsWireSchema.shape,
    WarnCardInfos: z.array(z.number().int()).max(32),
    LocalReading: localReadingWireSchema,
  }),
])
export type LocalReaderAnswer = z.infer<typeof localReaderAnswerSchema>
export type LocalReaderCard = Exclude<LocalReaderAnswer, { Error: object }>

export interface ReadCardArgs {
  /** Cut the portraits too (HKIDCardOCR's ReturnHeadImage) */
  portraits: boolean
  /** Threads one inference may use in this worker (the cores shared among the reader workers) */
  threads: number
}
