// One decode, one resize, one JPEG encode — and only if over budget, exactly one more encode at a
// size and quality computed from the first result. Runs in the worker, or on the main thread where
// OffscreenCanvas is missing. The re-encoded JPEG carries no metadata: EXIF/GPS/XMP never leave.
import { CompressError, toCompressError } from './compress-error.ts'
import type { CompressOptions, CompressResult, CropRect } from './compress-types.ts'
import { decodeUpright, type UprightImage } from './decode-upright.ts'

type Canvas2D = OffscreenCanvas | HTMLCanvasElement

function makeCanvas(width: number, height: number): Canvas2D {
  if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(width, height)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  return canvas
}

function encodeJpeg(canvas: Canvas2D, quality: number): Promise<Blob> {
  if ('convertToBlob' in canvas) return canvas.convertToBlob({ type: 'image/jpeg', quality })
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new CompressError('failed'))),
      'image/jpeg',
      quality,
    ),
  )
}

function draw(source: UprightImage, crop: CropRect, width: number, height: number): Canvas2D {
  const canvas = makeCanvas(width, height)
  const context = canvas.getContext('2d') as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null
  if (!context) throw new CompressError('too-large', 'No 2D canvas of this size is available.')
  context.imageSmoothingEnabled = true
  context.imageSmoothingQuality = 'high'
  context.drawImage(source.image, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height)
  return canvas
}

function clampCrop(crop: CropRect | undefined, width: number, height: number): CropRect {
  if (!crop) return { x: 0, y: 0, width, height }
  const x = Math.max(0, Math.min(width - 1, Math.round(crop.x)))
  const y = Math.max(0, Math.min(height - 1, Math.round(crop.y)))
  return {
    x,
    y,
    width: Math.max(1, Math.min(width - x, Math.round(crop.width))),
    height: Math.max(1, Math.min(height - y, Math.round(crop.height))),
  }
}

/** The second (last) pass: JPEG bytes scale roughly with pixel count; a lower quality adds headroom. */
export function secondPass(
  first: { bytes: number; width: number; height: number },
  options: Pick<CompressOptions, 'maxBytes' | 'quality'>,
): { width: number; height: number; quality: number } {
  const over = options.maxBytes / first.bytes
  const area = Math.min(1, Math.max(1 / 16, over * 0.8))
  const shrink = Math.sqrt(area)
  return {
    width: Math.max(1, Math.floor(first.width * shrink)),
    height: Math.max(1, Math.floor(first.height * shrink)),
    quality: Math.min(options.quality, over < 0.5 ? 0.75 : 0.85),
  }
}

export async function compressBitmapOrBlob(
  source: Blob | ImageBitmap,
  options: CompressOptions,
): Promise<CompressResult> {
  const started = performance.now()
  let upright: UprightImage | null = null
  try {
    upright = await decodeUpright(source, options.maxEdge, !options.crop)
    const crop = clampCrop(options.crop, upright.width, upright.height)
    const scale = Math.min(1, options.maxEdge / Math.max(crop.width, crop.height))
    let width = Math.max(1, Math.round(crop.width * scale))
    let height = Math.max(1, Math.round(crop.height * scale))
    let blob = await encodeJpeg(draw(upright, crop, width, height), options.quality)
    let encodes = 1

    if (blob.size > options.maxBytes) {
      const next = secondPass({ bytes: blob.size, width, height }, options)
      ;({ width, height } = next)
      blob = await encodeJpeg(draw(upright, crop, width, height), next.quality)
      encodes = 2
      if (blob.size > options.maxBytes)
        throw new CompressError('too-large', 'The image cannot be made small enough.')
    }
    return { blob, width, height, bytes: blob.size, ms: performance.now() - started, encodes }
  } catch (error) {
    throw toCompressError(error)
  } finally {
    if (upright) upright.close()
    else if (!(source instanceof Blob)) source.close()
  }
}
