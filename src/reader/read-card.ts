// The local HKID reader: a photo in, HKIDCardOCR's fields out, with the reader's own confidence. One folder per
// stage, numbered as docs/local-reader.md numbers them: 1 find the card, 2 straighten it, 3 its text (detected,
// the right way up, recognised), 4 the fields by pattern and position, 5 the Chinese name from its codes, 6 the
// confidence that ties them together, 7 warnings from the card's pixels, 8 the portraits.
// Pure TypeScript: the ONNX runtime comes in as ReaderModels, so a browser worker can run the same code.
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import { findCard } from './1-find-card/find-card.ts'
import { findCardByText } from './1-find-card/find-card-by-text.ts'
import { rectangleQuad, warpQuad } from './2-straighten/perspective.ts'
import { CARD_HEIGHT, CARD_WIDTH } from './2-straighten/upright-card.ts'
import { readCardText } from './3-text/read-card-text.ts'
import { numberPrintedUpright } from './3-text/upright-by-layout.ts'
import type { DecodeTables } from './5-chinese-name/chinese-name.ts'
import { readSexCell } from './4-fields/sex-beside-birthday.ts'
import { interpretCardLines, type InterpretedCard, type ReaderFields } from './6-confidence/card-reading.ts'
import { CHECKED_WARNINGS, measureCard } from './7-warnings/card-quality.ts'
import { cutPortraits, type PortraitImages } from './8-portraits/portraits.ts'
import type { Quad } from './geometry.ts'
import type { ReaderModels } from './inference-model.ts'
import type { LocalReading } from './local-reading.ts'
import type { RgbaImage } from './reader-image.ts'

export type { ReaderFields }

export type CardReading =
  | {
      ok: true
      fields: ReaderFields
      warnings: number[]
      portraits: PortraitImages
      localReading: LocalReading
      timings: { findMs: number; ocrMs: number; totalMs: number }
    }
  | { ok: false; code: 'FailedOperation.NoHKIDCard'; message: string }

const now = () => performance.now()

/** Fields every card prints: a reading missing one may have straightened the wrong outline */
const CORE_FIELDS = ['IdNum', 'EnName', 'Birthday', 'CurrentIssueDate'] as const
const foundCount = (card: InterpretedCard) => CORE_FIELDS.filter((f) => card.fields[f] !== '').length

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
  const findMs = now() - started
  const readAt = async (quad: Quad, turn?: boolean) => {
    const card = warpQuad(photo, quad, CARD_WIDTH, CARD_HEIGHT)
    const text = await readCardText(models, photo, quad, card, turn)
    return { quad, text, card: interpretCardLines(text.lines, tables, text.runs) }
  }
  let reading = corners ? await readAt(corners) : null
  if (!reading || foundCount(reading.card) < CORE_FIELDS.length) {
    // no outline, or the wrong one (a desk's pattern): let the text show where the card is, keep the better read
    const byText = await findCardByText(photo, models.detector)
    const second = byText ? await readAt(byText.corners) : null
    if (second && (!reading || foundCount(second.card) > foundCount(reading.card))) reading = second
  }
  if (
    reading &&
    foundCount(reading.card) < CORE_FIELDS.length &&
    !numberPrintedUpright([...reading.text.lines, ...reading.text.runs], reading.card.fields.IdNum)
  ) {
    // the direction classifier can be fooled by a blurred card: the other way up, keep the better read (not
    // when the number was read where the card prints it: upside-down print reads as no number at all)
    const other = await readAt(reading.quad, !reading.text.turned)
    if (foundCount(other.card) > foundCount(reading.card)) reading = other
  }
  // a sex the detector gave no box: the cell beside the date of birth, read on its own
  const sexCell =
    reading?.card.fields.Sex === ''
      ? await readSexCell(models, photo, reading.text.corners, reading.text.lines)
      : null
  if (reading && sexCell)
    reading = {
      ...reading,
      card: interpretCardLines([...reading.text.lines, sexCell], tables, reading.text.runs),
    }
  const ocrMs = now() - started - findMs
  if (!reading) return noCard('no card-shaped outline in the image')
  if (!reading.card.looksLikeCard) return noCard('no HKID number or name on the card')
  const { text, card } = reading

  const version = card.fields.HKIDVersion === 'HKID-2003' ? 'HKID-2003' : 'HKID-2018'
  const quality = measureCard(text.card)
  return {
    ok: true,
    fields: card.fields,
    warnings: quality.warnings,
    portraits: cutPortraits(text.card, version),
    localReading: {
      FieldConfidence: card.confidence,
      UncertainFields: card.uncertain,
      ChineseNameCharacters: card.characters,
      CardCorners: text.corners.map(
        (p) => [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10] as [number, number],
      ),
      Turned: text.turned,
      WarningsChecked: [...CHECKED_WARNINGS],
    },
    timings: { findMs, ocrMs, totalMs: now() - started },
  }
}
