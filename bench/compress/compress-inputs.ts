// The compress bench's inputs, all synthetic and cached in testing/.generated/: phone photos of the specimen card
// (with EXIF orientation and GPS) and a 1080p camera feed for Chromium's fake capture device.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { GENERATED_DIR, generated, makePhonePhoto } from '#testing/fixtures/fixture-files.ts'

export interface CompressInputs {
  photo12mp: string
  photo24mp: string
  /** A single 1920 × 1080 frame, and the MJPEG feed made of it */
  frame1080p: string
  frame1080pMjpeg: string
}

const MJPEG_FRAMES = 30

export async function makeCompressInputs(): Promise<CompressInputs> {
  const photo12mp = await makePhonePhoto({ orientation: 6, out: generated.phonePhoto12mp })
  const photo24mp = await makePhonePhoto({ orientation: 8, width: 4000, height: 6000 })
  const frame1080p = await makePhonePhoto({
    orientation: 1,
    width: 1920,
    height: 1080,
    noise: 3,
    exif: {},
    out: join(GENERATED_DIR, 'camera-frame-1080p.jpg'),
  })
  const frame1080pMjpeg = join(GENERATED_DIR, 'camera-1080p.mjpeg')
  if (!existsSync(frame1080pMjpeg) || statSync(frame1080pMjpeg).mtimeMs < statSync(frame1080p).mtimeMs) {
    const frame = readFileSync(frame1080p)
    writeFileSync(frame1080pMjpeg, Buffer.concat(Array.from({ length: MJPEG_FRAMES }, () => frame)))
  }
  return { photo12mp, photo24mp, frame1080p, frame1080pMjpeg }
}
