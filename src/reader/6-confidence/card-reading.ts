// Stage 6, the confidence: from a card's recognised lines to HKIDCardOCR's fields with how sure the reader is of
// each — the fields by pattern (stage 4), the Chinese name from its codes (stage 5), and the checks that tie
// fields together (the window repeats the number; the codes and the name confirm each other).
import { extractFields, type FieldRead } from '../4-fields/card-fields.ts'
import { CONFIDENT_AT } from '../4-fields/printed-values.ts'
import { decodeChineseName, type DecodeTables, type NameCharacter } from '../5-chinese-name/chinese-name.ts'
import type { ReaderFieldName } from '../local-reading.ts'
import type { CardLine } from '../3-text/read-card-text.ts'

export interface ReaderFields {
  CnName: string
  EnName: string
  TelexCode: string
  Sex: string
  Birthday: string
  /** 1 permanent, 0 not, −1 unknown (Tencent's convention) */
  Permanent: number
  IdNum: string
  Symbol: string
  FirstIssueDate: string
  CurrentIssueDate: string
  WindowEmbeddedText: string
  HKIDVersion: string
}

export interface InterpretedCard {
  fields: ReaderFields
  confidence: Partial<Record<ReaderFieldName, number>>
  uncertain: ReaderFieldName[]
  characters: NameCharacter[]
  /** Nothing that identifies a card was read: no number, and no name or date of birth */
  looksLikeCard: boolean
}

export { CONFIDENT_AT }

/** `runs`: runs of several boxes on one row read again as one crop (stage 3's `CardText.runs`). */
export function interpretCardLines(
  lines: readonly CardLine[],
  tables: DecodeTables,
  runs: readonly CardLine[] = [],
): InterpretedCard {
  const f = extractFields(lines, runs)
  const characters = decodeChineseName(f.TelexCode.groups, f.chineseRead.chars, tables)
  const allConfirmed = characters.length > 0 && characters.every((c) => c.confirmed)
  const noChineseName = characters.length === 0 && f.EnName.value !== ''
  const cnName: FieldRead = {
    value: characters.map((c) => c.char).join(''),
    confidence: noChineseName
      ? 0.95
      : allConfirmed
        ? Math.max(f.TelexCode.confidence, f.chineseRead.confidence)
        : Math.min(f.TelexCode.confidence, f.chineseRead.confidence) / 2,
    valid: noChineseName || allConfirmed,
  }
  // the printed codes are trusted when the name read beside them confirms every one
  const telex: FieldRead = {
    ...f.TelexCode,
    valid: f.TelexCode.valid && allConfirmed && characters.length === f.chineseRead.chars.length,
  }
  if (noChineseName) Object.assign(telex, { confidence: 0.95, valid: true })
  // the window repeats the number: agreement makes both as sure as the surer one; disagreement, neither
  const idBody = f.IdNum.value.replace(/\(.\)$/, '')
  const window = { ...f.WindowEmbeddedText }
  const id = { ...f.IdNum }
  if (window.value && id.value) {
    const agree = window.value === idBody
    window.valid = window.valid && agree
    id.valid = id.valid && agree
    if (agree) window.confidence = id.confidence = Math.max(window.confidence, id.confidence)
  }

  const reads: Record<ReaderFieldName, FieldRead> = {
    CnName: cnName,
    EnName: f.EnName,
    TelexCode: telex,
    Sex: f.Sex,
    Birthday: f.Birthday,
    Permanent: f.Permanent,
    IdNum: id,
    Symbol: f.Symbol,
    FirstIssueDate: f.FirstIssueDate,
    CurrentIssueDate: f.CurrentIssueDate,
    WindowEmbeddedText:
      f.HKIDVersion.value === 'HKID-2003' && !window.value
        ? { value: '', confidence: f.HKIDVersion.confidence, valid: f.HKIDVersion.valid }
        : window,
    HKIDVersion: f.HKIDVersion,
  }
  const confidence: Partial<Record<ReaderFieldName, number>> = {}
  const uncertain: ReaderFieldName[] = []
  for (const [name, r] of Object.entries(reads) as [ReaderFieldName, FieldRead][]) {
    confidence[name] = Math.round((r.valid ? r.confidence : r.confidence / 2) * 1000) / 1000
    if (!r.valid || r.confidence < CONFIDENT_AT) uncertain.push(name)
  }

  return {
    fields: {
      CnName: cnName.value,
      EnName: f.EnName.value,
      TelexCode: telex.value,
      Sex: f.Sex.value,
      Birthday: f.Birthday.value,
      Permanent: f.Permanent.value === '' ? -1 : Number(f.Permanent.value),
      IdNum: id.value,
      Symbol: f.Symbol.value,
      FirstIssueDate: f.FirstIssueDate.value,
      CurrentIssueDate: f.CurrentIssueDate.value,
      WindowEmbeddedText: reads.WindowEmbeddedText.value,
      HKIDVersion: f.HKIDVersion.value,
    },
    confidence,
    uncertain,
    characters,
    looksLikeCard: f.IdNum.value !== '' || (f.EnName.value !== '' && f.Birthday.value !== ''),
  }
}
