// Checks a chosen, dropped or pasted file before it is compressed: by its first bytes (the name and
// type can lie), by size, and for HEIC whether this browser can decode it at all.

import { sniffImageFormat } from '#src/hkid/image-format.ts'

export const MAX_UPLOAD_MB = 50

export type UploadProblem = 'notImage' | 'heicUnsupported' | 'tooLarge' | 'unreadable'

/** Null when the file can go on to compression; otherwise what is wrong with it. */
export async function checkUpload(
  file: Blob,
  decode: (file: Blob) => Promise<{ close(): void }> = createImageBitmap,
): Promise<UploadProblem | null> {
  if (file.size > MAX_UPLOAD_MB * 1024 * 1024) return 'tooLarge'
  // Only the first bytes are read: a huge file never passes through the main thread.
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer())
  const kind = sniffImageFormat(head)
  if (!kind) return 'notImage'
  if (kind !== 'heic') return null
  try {
    ;(await decode(file)).close()
    return null
  } catch {
    return 'heicUnsupported'
  }
}
