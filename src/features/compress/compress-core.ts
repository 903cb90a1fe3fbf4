// One decode, one resize, one JPEG encode — and only if over budget, exactly one more encode at a
// size and quality computed from the first result. Runs in the worker, or on the main thread where
// OffscreenCanvas is missing.
import type { CompressOptions, CompressResult, CropRect } from './compress-types.ts'

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
      (blob) => (blob ? resolve(blob) : reject(new Error('encode failed'))),
      'image/jpeg',
      quality,
    ),
  )
}

function draw(bitmap: ImageBitmap, crop: CropRect, width: number, height: number): Canvas2D {
  const canvas = makeCanvas(width, height)
  const context = canvas.getContext('2d') as
    CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null
  if (!context) throw new Error('no 2d context')
  context.imageSmoothingEnabled = true
  context.imageSmoothingQuality = 'high'
  context.drawImage(bitmap, crop.x, crop.y, crop.width, crop.height, 0, 0, width, height)
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

export async function compressBitmapOrBlob(
  source: Blob | ImageBitmap,
  options: CompressOptions,
): Promise<CompressResult> {
  const started = performance.now()
  // Browsers apply EXIF orientation on decode ('from-image'); the pixels drawn are upright and
  // the re-encoded JPEG carries no metadata at all.
  const bitmap =
    source instanceof Blob ? await createImageBitmap(source, { imageOrientation: 'from-image' }) : source
  try {
    const crop = clampCrop(options.crop, bitmap.width, bitmap.height)
    const scale = Math.min(1, options.maxEdge / Math.max(crop.width, crop.height))
    let width = Math.max(1, Math.round(crop.width * scale))
    let height = Math.max(1, Math.round(crop.height * scale))
    let blob = await encodeJpeg(draw(bitmap, crop, width, height), options.quality)
    let encodes = 1

    if (blob.size > options.maxBytes) {
      // JPEG size grows roughly with pixel count: shrink the area by the overshoot, with a margin.
      const ratio = (options.maxBytes / blob.size) * 0.9
      const shrink = Math.sqrt(Math.max(0.25, Math.min(1, ratio / 0.85)))
      width = Math.max(1, Math.round(width * shrink))
      height = Math.max(1, Math.round(height * shrink))
      const quality = Math.max(0.6, Math.min(options.quality, options.quality * (ratio < 0.85 ? 0.9 : 1)))
      blob = await encodeJpeg(draw(bitmap, crop, width, height), quality)
      encodes = 2
    }
    return { blob, width, height, bytes: blob.size, ms: performance.now() - started, encodes }
  } finally {
    bitmap.close()
  }
}
