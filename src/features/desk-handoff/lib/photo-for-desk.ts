// The card photo that was read goes back to the desk with the result, sealed with it, so the operator
// compares the fields with the card. It must fit the relay's cap beside the result: as it was read when it
// does, else downscaled (smaller edges, then smaller still); without a photo only when even that is too large.
import { HANDOFF_MESSAGE_MAX_BYTES } from '#src/hkid/desk-handoff-contract.ts'
import { SEAL_OVERHEAD_BYTES } from './seal.ts'

export type PhotoType = 'image/jpeg' | 'image/png' | 'image/webp'
const TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'] satisfies PhotoType[]

export interface DeskPhoto {
  bytes: Uint8Array
  type: PhotoType
}

/** Downscales a photo to a JPEG (the app passes its compressor: features do not import each other). */
export type ShrinkPhoto = (
  image: Blob,
  options: { maxEdge: number; maxBytes: number },
) => Promise<{ blob: Blob }>

/** Longest edges tried, in turn, when the photo as read is too large: still legible for a person. */
const EDGES = [1600, 1024]

/** Bytes left for the photo once the sealed envelope holds `jsonBytes` of result. */
export function roomForPhoto(jsonBytes: number): number {
  return HANDOFF_MESSAGE_MAX_BYTES - SEAL_OVERHEAD_BYTES - jsonBytes - 1024
}

export async function photoForDesk(
  image: Blob | undefined,
  room: number,
  shrink: ShrinkPhoto,
): Promise<DeskPhoto | null> {
  if (!image || room <= 0) return null
  if (image.size <= room && TYPES.includes(image.type)) {
    return { bytes: new Uint8Array(await image.arrayBuffer()), type: image.type as PhotoType }
  }
  for (const maxEdge of EDGES) {
    try {
      const { blob } = await shrink(image, { maxEdge, maxBytes: Math.floor(room * 0.85) })
      if (blob.size <= room) return { bytes: new Uint8Array(await blob.arrayBuffer()), type: 'image/jpeg' }
    } catch {
      return null // not decodable here: the result still goes, without the photo
    }
  }
  return null
}
