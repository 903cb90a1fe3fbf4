import { describe, expect, it } from 'vitest'
import { HANDOFF_MESSAGE_MAX_BYTES } from '#src/hkid/desk-handoff-contract.ts'
import { photoForDesk, roomForPhoto } from './photo-for-desk.ts'

const jpeg = (size: number) => new Blob([new Uint8Array(size).fill(7)], { type: 'image/jpeg' })

/** Stands in for the compress worker (a browser's): output proportional to the edge asked for. */
function shrinkTo(bytesPerEdgePixel: number) {
  const asked: number[] = []
  const shrink = async (_image: Blob, { maxEdge }: { maxEdge: number; maxBytes: number }) => {
    asked.push(maxEdge)
    return { blob: jpeg(maxEdge * bytesPerEdgePixel) }
  }
  return { asked, shrink }
}

describe('the card photo that goes to the desk', () => {
  it('goes as it was read when it fits beside the result, byte for byte', async () => {
    const { asked, shrink } = shrinkTo(1)
    const photo = await photoForDesk(jpeg(300_000), roomForPhoto(20_000), shrink)
    expect(photo?.bytes.length).toBe(300_000)
    expect(photo?.type).toBe('image/jpeg')
    expect(asked).toEqual([])
  })

  it('is downscaled when it would not fit, and then fits', async () => {
    const room = roomForPhoto(60_000)
    const { asked, shrink } = shrinkTo(300) // 1600 px → 480,000 B: too large; 1024 px → 307,200 B
    const photo = await photoForDesk(jpeg(900_000), room, shrink)
    expect(asked).toEqual([1600, 1024])
    expect(photo?.bytes.length).toBe(307_200)
    expect(photo!.bytes.length).toBeLessThanOrEqual(room)
    expect(room + 60_000).toBeLessThan(HANDOFF_MESSAGE_MAX_BYTES)
  })

  it('is left out only when even the smallest will not fit, or there is none', async () => {
    expect(await photoForDesk(jpeg(900_000), roomForPhoto(60_000), shrinkTo(1000).shrink)).toBeNull()
    expect(await photoForDesk(undefined, roomForPhoto(0), shrinkTo(1).shrink)).toBeNull()
    expect(
      await photoForDesk(jpeg(10), roomForPhoto(HANDOFF_MESSAGE_MAX_BYTES), shrinkTo(1).shrink),
    ).toBeNull()
  })
})
