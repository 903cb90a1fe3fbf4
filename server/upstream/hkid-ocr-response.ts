// What Tencent's HKIDCardOCR answers, validated before we trust a byte of it. Any field may be null.
import { z } from 'zod'

const text = z.string().nullish()

export const tencentErrorSchema = z.object({
  Response: z.object({
    Error: z.object({ Code: z.string(), Message: z.string().nullish() }),
    RequestId: z.string().nullish(),
  }),
})

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
    WarningCode: z.array(z.number().int().nullable()).nullish(),
    WarnCardInfos: z.array(z.number().int().nullable()).nullish(),
    WindowEmbeddedText: text,
    HKIDVersion: text,
    RequestId: z.string(),
  }),
})
export type HkidOcrSuccess = z.infer<typeof hkidOcrSuccessSchema>['Response']
