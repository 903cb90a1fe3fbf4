// Tencent's response, or the local reader's (on the server or on the device), → our contract: cleaned, bounded
// strings (upstream-text.ts), one spelling of sex, a tri-state permanent flag, the non-deprecated warning list (and
// whether there was one to give), portraits only when present and well-formed, and the local reader's account of
// its reading when it sent one.
import { normalizeSex } from '#src/hkid/card-consistency.ts'
import { WARN_BLUR, WARN_GLARE, WARNINGS_NOT_ENABLED } from '#src/hkid/card-warnings.ts'
import type { CardFieldName, Reading, RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { ReaderFieldName } from '#src/reader/local-reading.ts'
import type { HkidOcrSuccess, LocalReadingWire } from './hkid-ocr-response.ts'
import { safeBase64Image, safeCardText as clean } from './upstream-text.ts'

const FIELD_OF_WIRE: Record<ReaderFieldName, CardFieldName> = {
  CnName: 'cnName',
  EnName: 'enName',
  TelexCode: 'telexCode',
  Sex: 'sex',
  Birthday: 'birthday',
  Permanent: 'permanent',
  IdNum: 'idNum',
  Symbol: 'symbol',
  FirstIssueDate: 'firstIssueDate',
  CurrentIssueDate: 'currentIssueDate',
  WindowEmbeddedText: 'windowEmbeddedText',
  HKIDVersion: 'hkidVersion',
}

/** The local reader's extension in our terms: unsure fields by our names, the name's characters cleaned. */
export function normalizeLocalReading(wire: LocalReadingWire): Reading {
  const characters = wire.ChineseNameCharacters?.map((c) => ({
    char: clean(c.char),
    code: c.code,
    confirmed: c.confirmed,
  })).filter((c) => c.char)
  return {
    reader: 'local',
    uncertainFields: [...new Set(wire.UncertainFields.map((name) => FIELD_OF_WIRE[name]))],
    ...(characters ? { cnNameCharacters: characters } : {}),
    ...(wire.CardCorners ? { cardCorners: wire.CardCorners } : {}),
  }
}

/** A local reader that does not say what it checked measured blur and glare only. */
const CHECKED_BEFORE_THE_LIST = [WARN_BLUR, WARN_GLARE]

/** `fallbackRequestId`: ours, shown when the upstream's RequestId did not look like one. */
export function normalizeHkidOcr(
  response: Omit<HkidOcrSuccess, 'RequestId'> & { RequestId?: string | undefined },
  fallbackRequestId = '',
): RecognizeResult {
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
    // The local reader checks only some warnings: the rest are "not checked", never "none".
    ...(response.LocalReading
      ? { warningsChecked: response.LocalReading.WarningsChecked ?? CHECKED_BEFORE_THE_LIST }
      : {}),
    portraits: {
      ...(primary ? { primary } : {}),
      ...(secondary ? { secondary } : {}),
    },
    ...(response.LocalReading ? { reading: normalizeLocalReading(response.LocalReading) } : {}),
  }
}
