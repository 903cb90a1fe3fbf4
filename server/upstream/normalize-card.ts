// Tencent's response → our contract: trimmed strings, one spelling of sex, a tri-state permanent flag,
// the non-deprecated warning list, and portraits only when present.
import { normalizeSex } from '#src/hkid/card-consistency.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { HkidOcrSuccess } from './hkid-ocr-response.ts'

const clean = (value: string | null | undefined) => (value ?? '').trim()

export function normalizeHkidOcr(response: HkidOcrSuccess): RecognizeResult {
  const primary = clean(response.HeadImage)
  const secondary = clean(response.SmallHeadImage)
  return {
    requestId: response.RequestId,
    card: {
      cnName: clean(response.CnName),
      enName: clean(response.EnName),
      telexCode: clean(response.TelexCode),
      sex: normalizeSex(clean(response.Sex)),
      birthday: clean(response.Birthday),
      permanent: response.Permanent === 1 ? true : response.Permanent === 0 ? false : null,
      idNum: clean(response.IdNum),
      symbol: clean(response.Symbol),
      firstIssueDate: clean(response.FirstIssueDate),
      currentIssueDate: clean(response.CurrentIssueDate),
      windowEmbeddedText: clean(response.WindowEmbeddedText),
      hkidVersion: clean(response.HKIDVersion),
    },
    warnings: (response.WarnCardInfos ?? []).filter((code): code is number => typeof code === 'number'),
    portraits: {
      ...(primary ? { primary } : {}),
      ...(secondary ? { secondary } : {}),
    },
  }
}
