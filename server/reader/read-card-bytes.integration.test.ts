// End to end with the real PP-OCR models on onnxruntime-node: the committed fixture photos read as Tencent's
// HKIDCardOCR would answer them.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { hkidOcrSuccessSchema } from '#src/hkid/hkid-ocr-response.ts'
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { localReadingSchema } from '#src/reader/local-reading.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { readCardBytes } from './read-card-bytes.ts'
import { loadReaderModels } from './reader-models.ts'

const read = (path: string) => readCardBytes(new Uint8Array(readFileSync(path)), { requestId: 'test' })
// model loading and inference on a shared 2-core machine
const SLOW = 180_000

describe('readCardBytes', () => {
  it(
    'reads the card in a desk photo: every field, sure of each, in HKIDCardOCR’s shape with portraits',
    async () => {
      const { Response: r } = await read(fixtures.cardScene)
      expect(hkidOcrSuccessSchema.parse({ Response: r }).Response).toMatchObject(SPECIMEN_CARD)
      if ('Error' in r) throw new Error(r.Error.Code)
      const local = localReadingSchema.parse(r.LocalReading)
      expect(local.UncertainFields).toEqual([])
      expect(local.ChineseNameCharacters.map((c) => [c.char, c.code, c.confirmed])).toEqual([
        ['陳', '7115', true],
        ['大', '1129', true],
        ['文', '2429', true],
      ])
      expect(r.WarnCardInfos).toEqual([])
      // JPEG portraits, base64
      expect(Buffer.from(r.HeadImage!, 'base64').subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
      expect(r.SmallHeadImage).toBeTruthy()
    },
    SLOW,
  )

  it(
    'warns of blur and of glare measured on the card, and leaves what it could not read for checking',
    async () => {
      const blurred = (await read(fixtures.cardSceneBlurred)).Response
      const glare = (await read(fixtures.cardSceneGlare)).Response
      if ('Error' in blurred || 'Error' in glare) throw new Error('expected a reading')
      expect(blurred.WarnCardInfos).toContain(-9108)
      expect(glare.WarnCardInfos).toContain(-9107)
      expect(glare.WarnCardInfos).not.toContain(-9108)
      for (const r of [blurred, glare]) {
        const fields = Object.keys(SPECIMEN_CARD) as Array<keyof typeof SPECIMEN_CARD>
        const wrong = fields.filter((field) => String(r[field]) !== String(SPECIMEN_CARD[field]))
        // Every field read wrong is left for checking: none is wrong and sure.
        const wrongAndSure = wrong.filter((field) => !r.LocalReading.UncertainFields.includes(field))
        expect(wrongAndSure).toEqual([])
      }
    },
    SLOW,
  )

  it(
    'reads an upright card even when the direction classifier calls it upside down: the other way is tried',
    async () => {
      const models = await loadReaderModels()
      // a classifier that answers "180°" with full confidence for every line it is shown
      const upsideDown = {
        async run(t: { dims: readonly number[] }) {
          const n = t.dims[0]!
          return { data: Float32Array.from({ length: 2 * n }, (_, i) => i % 2), dims: [n, 2] }
        },
      }
      const bytes = new Uint8Array(readFileSync(fixtures.cardScene))
      const { Response: r } = await readCardBytes(bytes, { models: { ...models, orientation: upsideDown } })
      if ('Error' in r) throw new Error(r.Error.Code)
      expect(r).toMatchObject(SPECIMEN_CARD)
      expect(r.LocalReading.Turned).toBe(false)
    },
    SLOW,
  )

  it(
    'answers NoHKIDCard for a desk with no card, and ImageDecodeFailed for bytes that are no image',
    async () => {
      const empty = (await read(fixtures.emptyScene)).Response
      expect('Error' in empty && empty.Error.Code).toBe('FailedOperation.NoHKIDCard')
      const broken = (await readCardBytes(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]))).Response
      expect('Error' in broken && broken.Error.Code).toBe('FailedOperation.ImageDecodeFailed')
    },
    SLOW,
  )
})
