// The peer: Tesseract (tesseract.js, English + Traditional Chinese, language data from the npm registry) reading
// the same straightened card, its lines fed to the reader's own field extraction — so the comparison is of the
// OCR, not of the card finding or the rules.
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { createWorker, type Worker } from 'tesseract.js'
import { interpretCardLines, type InterpretedCard } from '#src/reader/6-confidence/card-reading.ts'
import { decodeTables } from '#server/reader/read-card-bytes.ts'
import { findCard } from '#src/reader/1-find-card/find-card.ts'
import { rectangleQuad, warpQuad } from '#src/reader/2-straighten/perspective.ts'
import type { CardLine } from '#src/reader/3-text/read-card-text.ts'
import type { RgbaImage } from '#src/reader/reader-image.ts'

const require = createRequire(import.meta.url)
const LANGS = ['eng', 'chi_tra'] as const
/** Tesseract wants large print: the card at the size it is drawn */
const WIDTH = 1712
const HEIGHT = 1080

export interface TesseractPeer {
  read(photo: RgbaImage): Promise<InterpretedCard>
  close(): Promise<void>
}

export async function startTesseractPeer(): Promise<TesseractPeer> {
  // one folder holding both languages' data, linked from their packages (tesseract.js takes a single langPath)
  const langPath = mkdtempSync(join(tmpdir(), 'tesseract-lang-'))
  for (const lang of LANGS) {
    const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`))
    symlinkSync(
      join(pkg, '4.0.0_best_int', `${lang}.traineddata.gz`),
      join(langPath, `${lang}.traineddata.gz`),
    )
  }
  const worker: Worker = await createWorker([...LANGS], 1, { langPath, cacheMethod: 'none', gzip: true })
  return {
    async read(photo) {
      const found = findCard(photo)
      const corners = found?.corners ?? rectangleQuad(photo.width, photo.height)
      const card = warpQuad(photo, corners, WIDTH, HEIGHT)
      const encoded = encodeJpeg(card, 92)
      const result = await worker.recognize(Buffer.from(encoded), {}, { blocks: true })
      const lines: CardLine[] = []
      for (const block of result.data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const { x0, y0, x1, y1 } = line.bbox
            const chars = line.words.flatMap((w, i) => [
              ...(i > 0 ? [{ char: ' ', prob: w.confidence / 100, start: 0, end: 0 }] : []),
              ...w.symbols.map((s) => ({ char: s.text, prob: s.confidence / 100, start: 0, end: 0 })),
            ])
            lines.push({
              text: chars.map((c) => c.char).join(''),
              chars,
              confidence: line.confidence / 100,
              steps: 0,
              contentShare: 1,
              detectionScore: 1,
              box: [
                [x0 / WIDTH, y0 / HEIGHT],
                [x1 / WIDTH, y0 / HEIGHT],
                [x1 / WIDTH, y1 / HEIGHT],
                [x0 / WIDTH, y1 / HEIGHT],
              ],
            })
          }
        }
      }
      return interpretCardLines(lines, decodeTables())
    },
    async close() {
      await worker.terminate()
      rmSync(langPath, { recursive: true, force: true })
    },
  }
}
