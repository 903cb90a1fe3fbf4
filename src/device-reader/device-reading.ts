// One reading on the device, in the worker: the photo decoded as the server decodes it, the same pure reader
// (src/reader/read-card.ts), the answer in HKIDCardOCR's shape as server/reader/read-card-bytes.ts builds it, and
// then the same normalisation the server applies (src/hkid/normalize-card.ts). The review cannot tell them apart.
import type { LocalReadingWire } from '#src/hkid/hkid-ocr-response.ts'
import { normalizeHkidOcr } from '#src/hkid/normalize-card.ts'
import type { DecodeTables } from '#src/reader/5-chinese-name/chinese-name.ts'
import type { ReaderModels } from '#src/reader/inference-model.ts'
import { readCard } from '#src/reader/read-card.ts'
import { decodeDevicePhoto, encodePortrait, PhotoDecodeError, type DevicePhoto } from './device-photo.ts'
import type { DeviceReadingOutcome, DeviceReadingStages } from './device-reader-protocol.ts'

type Corners = NonNullable<LocalReadingWire['CardCorners']>

/** The Chinese-name decode tables, as the server builds them, from a chunk of our own fetched on first use. */
export async function loadDecodeTables(): Promise<DecodeTables> {
  const [telecodes, table, variants, variantData] = await Promise.all([
    import('#src/hkid/telecode-data/telecodes.ts'),
    import('#src/hkid/telecode-table.ts'),
    import('#src/hkid/simplified-traditional.ts'),
    import('#src/hkid/telecode-data/simplified-traditional.ts'),
  ])
  return {
    telecodes: table.createTelecodeTable(telecodes.telecodeData),
    variants: variants.createSimplifiedTraditional(variantData.simplifiedTraditionalData.pairs),
  }
}

/** The outcome, and for a card where its time went. */
export interface DeviceReading {
  outcome: DeviceReadingOutcome
  stages?: DeviceReadingStages
}

export async function readOnThisDevice(
  photo: Blob,
  models: ReaderModels,
  tables: DecodeTables,
): Promise<DeviceReading> {
  const started = performance.now()
  let decoded: DevicePhoto
  try {
    decoded = await decodeDevicePhoto(photo)
  } catch (error) {
    if (error instanceof PhotoDecodeError) return { outcome: { kind: 'no-card', code: 'IMAGE_UNREADABLE' } }
    throw error
  }
  const decodeMs = performance.now() - started
  const reading = await readCard(decoded.image, models, tables)
  if (!reading.ok) return { outcome: { kind: 'no-card', code: 'NOT_HKID' } }
  const finishing = performance.now()
  const { shrink } = decoded
  const [head, smallHead] = await Promise.all([
    encodePortrait(reading.portraits.head),
    reading.portraits.smallHead ? encodePortrait(reading.portraits.smallHead) : null,
  ])
  // The rest is the server's answer to the letter: corners in the sent photo's own pixels (dropped unless four,
  // as the server's answer schema drops them), then normalised.
  const corners = reading.localReading.CardCorners.map(
    ([x, y]) => [Math.round(x * shrink * 10) / 10, Math.round(y * shrink * 10) / 10] as [number, number],
  )
  const result = normalizeHkidOcr({
    ...reading.fields,
    WarnCardInfos: reading.warnings,
    HeadImage: head,
    SmallHeadImage: smallHead,
    LocalReading: {
      ...reading.localReading,
      CardCorners: corners.length === 4 ? (corners as Corners) : undefined,
    },
  })
  const { requestId: _requestId, ...withoutRequest } = result
  const { findMs, ocrMs } = reading.timings
  const stages = { decodeMs, findMs, ocrMs, finishMs: performance.now() - finishing }
  return { outcome: { kind: 'card', result: withoutRequest }, stages }
}
