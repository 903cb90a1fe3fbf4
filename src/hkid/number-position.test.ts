import { describe, expect, it } from 'vitest'
import { NUMBER_BOXES, numberBoxes, numberRegions, type CardCorners } from './number-position.ts'

describe('where the number is on a photo of the card', () => {
  it('without corners, the card fills the photo: the HKID-2018 number sits bottom right, the window top right', () => {
    const [number, window] = numberRegions('HKID-2018', { width: 1000, height: 630 })
    expect(number?.[0]?.[0]).toBeCloseTo(460)
    expect(number?.[0]?.[1]).toBeCloseTo(491.4)
    expect(number?.[2]?.[0]).toBeCloseTo(990)
    expect(number?.[2]?.[1]).toBeCloseTo(617.4)
    expect(window?.[0]).toEqual([680, expect.closeTo(113.4) as number])
  })

  it('follows the card where the reader found it, turned and shrunk in a larger photo', () => {
    // the card upright at 100,50 .. 600,365, then the same card given upside down (corners rotated)
    const corners: CardCorners = [
      [100, 50],
      [600, 50],
      [600, 365],
      [100, 365],
    ]
    const [number] = numberRegions('HKID-2003', { width: 2000, height: 2000 }, corners)
    expect(number?.[0]?.[0]).toBeCloseTo(100 + 0.5 * 500)
    expect(number?.[0]?.[1]).toBeCloseTo(50 + 0.78 * 315)
    const upsideDown: CardCorners = [corners[2], corners[3], corners[0], corners[1]]
    const [turned] = numberRegions('HKID-2003', { width: 2000, height: 2000 }, upsideDown)
    // upside down the number is at the photo's top left
    expect(turned?.[0]?.[0]).toBeCloseTo(600 - 0.5 * 500)
    expect(turned?.[2]?.[1]).toBeLessThan(120)
  })

  it('covers both generations when the version is unknown', () => {
    expect(numberBoxes('')).toHaveLength(NUMBER_BOXES['HKID-2018'].length + NUMBER_BOXES['HKID-2003'].length)
    expect(numberBoxes('hkid 2003')).toEqual(NUMBER_BOXES['HKID-2003'])
  })

  it('every box lies on the card', () => {
    for (const box of Object.values(NUMBER_BOXES).flat()) {
      expect(box.x + box.w).toBeLessThanOrEqual(1)
      expect(box.y + box.h).toBeLessThanOrEqual(1)
    }
  })
})
