import { describe, expect, it } from 'vitest'
import {
  applyHomography,
  bounds,
  cardCorners,
  homography,
  pointOnCard,
  storedPoint,
  UNIT_SQUARE,
  type CardPose,
  type Orientation,
  type Point,
  type Quad,
} from './geometry.ts'

const pose: CardPose = {
  frameWidth: 1280,
  frameHeight: 720,
  widthShare: 0.5,
  centre: [0.5, 0.5],
  rotationDeg: 0,
  tiltXDeg: 0,
  tiltYDeg: 0,
  aspect: 1.585,
}
const length = ([ax, ay]: Point, [bx, by]: Point) => Math.hypot(bx - ax, by - ay)

describe('cardCorners', () => {
  it('puts an untilted card as a centred rectangle of the asked width, corners in card order', () => {
    const [tl, tr, br, bl] = cardCorners(pose)
    expect(tl[0]).toBeCloseTo(320)
    expect(tr[0]).toBeCloseTo(960)
    expect(br[1] - tr[1]).toBeCloseTo(640 / 1.585)
    expect(bl[0]).toBeCloseTo(tl[0])
  })

  it('rotates clockwise on screen for a positive angle', () => {
    const [tl, tr] = cardCorners({ ...pose, rotationDeg: 8 })
    expect(tr[1]).toBeGreaterThan(tl[1])
  })

  it('shortens the edge tilted away from the camera', () => {
    const [tl, tr, br, bl] = cardCorners({ ...pose, tiltXDeg: 8 })
    expect(length(tl, tr)).toBeLessThan(length(bl, br))
    const [tl2, tr2, br2, bl2] = cardCorners({ ...pose, tiltYDeg: 8 })
    expect(length(tr2, br2)).toBeLessThan(length(tl2, bl2))
  })
})

describe('homography', () => {
  it('maps each of four points onto its partner', () => {
    const to = cardCorners({ ...pose, rotationDeg: -5, tiltXDeg: 6, tiltYDeg: -4 })
    const h = homography(UNIT_SQUARE, to)
    UNIT_SQUARE.forEach((p, i) => {
      const [x, y] = applyHomography(h, p)
      expect(x).toBeCloseTo(to[i]![0], 6)
      expect(y).toBeCloseTo(to[i]![1], 6)
    })
    const [cx, cy] = pointOnCard(to, [0.5, 0.5])
    const b = bounds(to)
    expect(cx > b.x0 && cx < b.x1 && cy > b.y0 && cy < b.y1).toBe(true)
  })

  it('refuses a degenerate quadrilateral', () => {
    const flat: Quad = [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]
    expect(() => homography(UNIT_SQUARE, flat)).toThrow(/degenerate/)
  })
})

describe('storedPoint', () => {
  // What a viewer does with the stored pixels (TIFF/EXIF Orientation), written independently of storedPoint.
  function displayed([x, y]: Point, orientation: Orientation, storedW: number, storedH: number): Point {
    if (orientation === 3) return [storedW - x, storedH - y]
    if (orientation === 6) return [storedH - y, x] // rotate 90° clockwise
    if (orientation === 8) return [y, storedW - x] // rotate 90° counter-clockwise
    return [x, y]
  }

  it.each([1, 3, 6, 8] as const)('is undone by the viewer for orientation %i', (orientation) => {
    const [w, h] = orientation === 6 || orientation === 8 ? [3000, 4000] : [4000, 3000]
    const [sw, sh] = orientation === 6 || orientation === 8 ? [h, w] : [w, h]
    for (const p of [
      [0, 0],
      [w, 0],
      [123, 456],
      [w - 7, h - 9],
    ] as Point[]) {
      const back = displayed(storedPoint(p, orientation, w, h), orientation, sw, sh)
      expect(back[0]).toBeCloseTo(p[0])
      expect(back[1]).toBeCloseTo(p[1])
    }
  })
})
