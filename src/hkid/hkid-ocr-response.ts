// What Tencent's HKIDCardOCR answers, validated before we trust a byte of it. Any field may be null.
// Codes and request ids are sanitised here, so nothing downstream sees them raw (upstream-text.ts).
import { z } from 'zod'
import { readerFieldNames } from '#src/reader/local-reading.ts'
import { safeRequestId, safeUpstreamCode } from './upstream-text.ts'

const text = z.string().nullish()
/** Warning lists longer than this are not Tencent's (it defines about ten codes). */
const MAX_WARNINGS = 32

export const tencentErrorSchema = z.object({
  Response: z.object({
    Error: z.object({ Code: z.string().transform(safeUpstreamCode), Message: z.string().nullish() }),
    RequestId: z.string().nullish().transform(safeRequestId),
  }),
})

const warnings = z
  .array(z.number().int().nullable())
  .nullish()
  .transform((list) => list?.slice(0, MAX_WARNINGS))
  .optional()

const point = z.tuple([z.number().finite(), z.number().finite()])

/**
 * The local reader's extension of the answer (Tencent never sends it): its per-field confidence, the fields it
 * is unsure of, and the Chinese name character by character. A malformed one is dropped, never trusted in part.
 */
export const localReadingWireSchema = z.object({
  /** 0–1 per field; informative only (UncertainFields is the reader's verdict), so not checked key by key */
  FieldConfidence: z.record(z.string().max(40), z.number()).optional(),
  UncertainFields: z.array(z.enum(readerFieldNames)).max(readerFieldNames.length),
  ChineseNameCharacters: z
    .array(
      z.object({
        /** '' when the reader has nothing for this position (it adds nothing to CnName either) */
        char: z.string().max(4),
        code: z.string().regex(/^\d{0,8}$/),
        confirmed: z.boolean(),
      }),
    )
    .max(20)
    .optional(),
  /** The card's corners in the uploaded image's pixels (TL TR BR BL of the upright card) */
  CardCorners: z.tuple([point, point, point, point]).optional().catch(undefined),
  /** The warning codes the reader checked; absent from readers before it, which checked blur and glare */
  WarningsChecked: z.array(z.number().int()).max(MAX_WARNINGS).optional(),
})
export type LocalReadingWire = z.infer<typeof localReadingWireSchema>

/** The card's fields and portraits as HKIDCardOCR sends them; the local reader answers in the same shape. */
export const cardFieldsWireSchema = z.object({
  CnName: text,
  EnName: text,
  TelexCode: text,
  Sex: text,
  Birthday: text,
  Permanent: z.number().int().nullish(),
  IdNum: text,
  Symbol: text,
  FirstIssueDate: text,
  CurrentIssueDate: text,
  WindowEmbeddedText: text,
  HKIDVersion: text,
  HeadImage: text,
  SmallHeadImage: text,
})

export const hkidOcrSuccessSchema = z.object({
  Response: z.object({
    // An error envelope whose Code is not a string fails tencentErrorSchema; it must not pass as a result.
    Error: z.never().optional(),
    ...cardFieldsWireSchema.shape,
    FakeDetectResult: z.number().int().nullish(),
    WarningCode: warnings,
    WarnCardInfos: warnings,
    LocalReading: localReadingWireSchema.optional().catch(undefined),
    /** undefined when it does not look like a request id: the caller then shows its own. */
    RequestId: z.string().transform(safeRequestId),
  }),
})
export type HkidOcrSuccess = z.infer<typeof hkidOcrSuccessSchema>['Response']
