// Tencent's response → our contract: cleaned, bounded strings (upstream-text.ts), one spelling of sex, a
// tri-state permanent flag, the non-deprecated warning list (and whether there was one to give), and portraits
// only when present and well-formed.
import { normalizeSex } from '#src/hkid/card-consistency.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { HkidOcrSuccess } from './hkid-ocr-response.ts'
import { safeBase64Image, safeCardText as clean } from './upstream-text.ts'

/** Tencent: "-9109 告警能力未开通" — the account has no warning service, so no code means nothing. */
const WARNINGS_NOT_ENABLED = -9109

/** `fallbackRequestId`: ours, shown when the upstream's RequestId did not look like one. */
export function normalizeHkidOcr(response: HkidOcrSuccess, fallbackRequestId = ''): RecognizeResult {
  const primary = safeBase64Image(response.HeadImage)
  const secondary = safeBase64Image(response.SmallHeadImage)
  return {
    requestId: response.RequestId ?? fallbackRequestId,
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
    // The domestic endpoint answers without WarnCardInfos: "no warnings" would claim a check never made.
    warningsAvailable:
      Array.isArray(response.WarnCardInfos) && !response.WarnCardInfos.includes(WARNINGS_NOT_ENABLED),
    portraits: {
      ...(primary ? { primary } : {}),
      ...(secondary ? { secondary } : {}),
    },
  }
}
