// The local HKID reader: a photo in, HKIDCardOCR's fields out, with the reader's own confidence. Stages, each in
// its own module: find the card (find-card.ts) and straighten it (perspective.ts); detect and read its text the
// right way up (read-card-text.ts); fields by pattern and position (card-fields.ts); the Chinese name from its
// codes (chinese-name.ts); warnings from the card's pixels (card-quality.ts); portraits (card-layout.ts).
// Pure TypeScript: the ONNX runtime comes in as ReaderModels, so a browser worker can run the same code.
import { extractFields, type FieldRead } from './card-fields.ts'
import { CARD_HEIGHT, CARD_WIDTH, PORTRAIT_BOXES } from './card-layout.ts'
import { measureCard } from './card-quality.ts'
import { decodeChineseName, type DecodeTables } from './chinese-name.ts'
import { findCard } from './find-card.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import type { ReaderModels } from './inference-model.ts'
import type { LocalReading, ReaderFieldName } from './local-reading.ts'
import { warpQuad, rectangleQuad } from './perspective.ts'
import { readCardText } from './read-card-text.ts'
import { cropFraction, type RgbaImage } from './reader-image.ts'

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

export type CardReading =
  | {
      ok: true
      fields: ReaderFields
      warnings: number[]
      portraits: { head: RgbaImage; smallHead: RgbaImage | null }
      localReading: LocalReading
      timings: { findMs: number; ocrMs: number; totalMs: number }
    }
  | { ok: false; code: 'FailedOperation.NoHKIDCard'; message: string }

/** A field is taken as read at or above this confidence, and only when it passed its own checks. */
export const CONFIDENT_AT = 0.9

const now = () => performance.now()

function noCard(message: string): CardReading {
  return { ok: false, code: 'FailedOperation.NoHKIDCard', message }
}

export async function readCard(
  photo: RgbaImage,
  models: ReaderModels,
  tables: DecodeTables,
): Promise<CardReading> {
  const started = now()
  const found = findCard(photo)
  // a photo cropped to the card edge to edge has no outline to find: then the photo is the card
  const aspect = photo.width / photo.height
  const corners =
    found?.corners ?? (Math.abs(aspect - ID1_ASPECT) < 0.2 ? rectangleQuad(photo.width, photo.height) : null)
  if (!corners) return noCard('no card-shaped outline in the image')
  const findMs = now() - started
  const straight = warpQuad(photo, corners, CARD_WIDTH, CARD_HEIGHT)
  const text = await readCardText(models, photo, corners, straight)
  const ocrMs = now() - started - findMs
  const f = extractFields(text.lines)
  if (!f.IdNum.value && (!f.EnName.value || !f.Birthday.value))
    return noCard('no HKID number or name on the card')

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

  const version = reads.HKIDVersion.value === 'HKID-2003' ? 'HKID-2003' : 'HKID-2018'
  const boxes = PORTRAIT_BOXES[version]
  const quality = measureCard(text.card)
  return {
    ok: true,
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
    warnings: quality.warnings,
    portraits: {
      head: cropFraction(text.card, boxes.head),
      smallHead: boxes.smallHead ? cropFraction(text.card, boxes.smallHead) : null,
    },
    localReading: {
      FieldConfidence: confidence,
      UncertainFields: uncertain,
      ChineseNameCharacters: characters,
      CardCorners: text.corners.map(
        (p) => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] as [number, number],
      ),
      Turned: text.turned,
    },
    timings: { findMs, ocrMs, totalMs: now() - started },
  }
}
