// What Tencent's HKIDCardOCR answers, validated before we trust a byte of it. Any field may be null.
// Codes and request ids are sanitised here, so nothing downstream sees them raw (upstream-text.ts).
import { z } from 'zod'
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

export const hkidOcrSuccessSchema = z.object({
  Response: z.object({
    // An error envelope whose Code is not a string fails tencentErrorSchema; it must not pass as a result.
    Error: z.never().optional(),
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
    FakeDetectResult: z.number().int().nullish(),
    HeadImage: text,
    SmallHeadImage: text,
    WarningCode: warnings,
    WarnCardInfos: warnings,
    WindowEmbeddedText: text,
    HKIDVersion: text,
    /** undefined when it does not look like a request id: the caller then shows its own. */
    RequestId: z.string().transform(safeRequestId),
  }),
})
export type HkidOcrSuccess = z.infer<typeof hkidOcrSuccessSchema>['Response']
