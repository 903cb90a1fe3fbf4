// The Node adapter's front door: image bytes in, HKIDCardOCR's response out (fields, WarnCardInfos, portraits as
// base64 JPEG, or Response.Error), plus the reader's LocalReading. Decoding (a large JPEG at a reduced scale) and
// JPEG encoding happen here; the reading itself is the pure pipeline of src/reader.
import { createSimplifiedTraditional } from '#src/hkid/simplified-traditional.ts'
import { simplifiedTraditionalData } from '#src/hkid/telecode-data/simplified-traditional.ts'
import { telecodeData } from '#src/hkid/telecode-data/telecodes.ts'
import { createTelecodeTable } from '#src/hkid/telecode-table.ts'
import type { DecodeTables } from '#src/reader/5-chinese-name/chinese-name.ts'
import type { ReaderModels } from '#src/reader/inference-model.ts'
import type { LocalReading } from '#src/reader/local-reading.ts'
import { readCard, type ReaderFields } from '#src/reader/read-card.ts'
import type { RgbaImage } from '#src/reader/reader-image.ts'
import { DecodeError } from '#server/image/decode-image.ts'
import { decodeScaled } from '#server/image/decode-scaled.ts'
import { encodeJpegBase64 } from '#server/image/encode-jpeg.ts'
import { loadReaderModels } from './reader-models.ts'

export type LocalOcrResponse =
  | {
      Response: ReaderFields & {
        WarnCardInfos: number[]
        HeadImage: string | null
        SmallHeadImage: string | null
        RequestId: string
        LocalReading: LocalReading
      }
    }
  | { Response: { Error: { Code: string; Message: string }; RequestId: string } }

let tables: DecodeTables | undefined
export function decodeTables(): DecodeTables {
  tables ??= {
    telecodes: createTelecodeTable(telecodeData),
    variants: createSimplifiedTraditional(simplifiedTraditionalData.pairs),
  }
  return tables
}

export interface ReadBytesOptions {
  requestId?: string
  returnPortraits?: boolean
  models?: ReaderModels
}

/** Reads a JPEG or PNG; never throws for a bad image or a missing card — those are Tencent-style errors. */
export async function readCardBytes(
  bytes: Uint8Array,
  options: ReadBytesOptions = {},
): Promise<LocalOcrResponse> {
  const requestId = options.requestId ?? crypto.randomUUID()
  const error = (Code: string, Message: string): LocalOcrResponse => ({
    Response: { Error: { Code, Message }, RequestId: requestId },
  })
  let photo: RgbaImage
  let shrink: number
  try {
    ;({ image: photo, shrink } = await decodeScaled(bytes))
  } catch (e) {
    if (e instanceof DecodeError)
      return error('FailedOperation.ImageDecodeFailed', 'The image could not be decoded')
    throw e
  }
  const models = options.models ?? (await loadReaderModels())
  const reading = await readCard(photo, models, decodeTables())
  if (!reading.ok) return error(reading.code, 'No Hong Kong identity card was found in the image')
  const portraits = options.returnPortraits ?? true
  return {
    Response: {
      ...reading.fields,
      WarnCardInfos: reading.warnings,
      HeadImage: portraits ? encodeJpegBase64(reading.portraits.head) : null,
      SmallHeadImage:
        portraits && reading.portraits.smallHead ? encodeJpegBase64(reading.portraits.smallHead) : null,
      RequestId: requestId,
      // corners in the uploaded image's own pixels, whatever scale it was read at
      LocalReading: {
        ...reading.localReading,
        CardCorners: reading.localReading.CardCorners.map(
          ([x, y]) =>
            [Math.round(x * shrink * 10) / 10, Math.round(y * shrink * 10) / 10] as [number, number],
        ),
      },
    },
  }
}
