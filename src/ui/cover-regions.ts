// Covers parts of a photo for display: each region is drawn again from a copy shrunk to a few pixels across,
// so what was printed there becomes an unreadable smear, and tinted so it reads as covered. A new image is made:
// nothing on screen (no overlay to remove, no original to save) still shows what was covered.
export type Region = readonly (readonly [number, number])[]

/** Pixels across a covered region after shrinking: far too few for a digit to survive. */
const SMEAR_PIXELS = 6

export async function coverRegions(
  image: Blob,
  regionsFor: (size: { width: number; height: number }) => Region[],
): Promise<Blob> {
  const bitmap = await createImageBitmap(image)
  try {
    const canvas = document.createElement('canvas')
    canvas.width = bitmap.width
    canvas.height = bitmap.height
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2d canvas')
    context.drawImage(bitmap, 0, 0)
    for (const region of regionsFor({ width: bitmap.width, height: bitmap.height })) {
      const xs = region.map((point) => point[0])
      const ys = region.map((point) => point[1])
      const left = Math.max(0, Math.floor(Math.min(...xs)))
      const top = Math.max(0, Math.floor(Math.min(...ys)))
      const width = Math.min(bitmap.width, Math.ceil(Math.max(...xs))) - left
      const height = Math.min(bitmap.height, Math.ceil(Math.max(...ys))) - top
      if (width <= 0 || height <= 0) continue
      const small = document.createElement('canvas')
      small.width = SMEAR_PIXELS
      small.height = Math.max(1, Math.round((SMEAR_PIXELS * height) / width))
      small.getContext('2d')?.drawImage(canvas, left, top, width, height, 0, 0, small.width, small.height)
      context.save()
      context.beginPath()
      region.forEach(([x, y], index) => (index ? context.lineTo(x, y) : context.moveTo(x, y)))
      context.closePath()
      context.clip()
      context.imageSmoothingEnabled = true
      context.drawImage(small, 0, 0, small.width, small.height, left, top, width, height)
      context.fillStyle = 'rgba(51, 65, 85, 0.45)'
      context.fill()
      context.restore()
    }
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no image'))), 'image/jpeg', 0.9),
    )
  } finally {
    bitmap.close()
  }
}
