// Checks a chosen, dropped or pasted file before it is compressed: by its first bytes (the name and
// type can lie), by size, and for HEIC whether this browser can decode it at all.

export const MAX_UPLOAD_MB = 50

export type UploadProblem = 'notImage' | 'heicUnsupported' | 'tooLarge' | 'unreadable'
export type SniffedImage = 'jpeg' | 'png' | 'webp' | 'heic'

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'heif'])

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to))
}

export function sniffImage(head: Uint8Array): SniffedImage | null {
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg'
  if (ascii(head, 0, 8) === '\x89PNG\r\n\x1a\n') return 'png'
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return 'webp'
  if (ascii(head, 4, 8) === 'ftyp' && HEIF_BRANDS.has(ascii(head, 8, 12))) return 'heic'
  return null
}

/** Null when the file can go on to compression; otherwise what is wrong with it. */
export async function checkUpload(
  file: Blob,
  decode: (file: Blob) => Promise<{ close(): void }> = createImageBitmap,
): Promise<UploadProblem | null> {
  if (file.size > MAX_UPLOAD_MB * 1024 * 1024) return 'tooLarge'
  // Only the first bytes are read: a huge file never passes through the main thread.
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
  const kind = sniffImage(head)
  if (!kind) return 'notImage'
  if (kind !== 'heic') return null
  try {
    ;(await decode(file)).close()
    return null
  } catch {
    return 'heicUnsupported'
  }
}
