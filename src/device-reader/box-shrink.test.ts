import { describe, expect, it } from 'vitest'
import { boxShrink } from './box-shrink.ts'

const image = (width: number, height: number, value: (x: number, y: number) => number) => {
  const data = new Uint8Array(width * height * 4)
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) data.fill(value(x, y), (y * width + x) * 4, (y * width + x + 1) * 4)
  return { width, height, data }
}

describe('boxShrink', () => {
  it('averages each block of stored pixels into one', () => {
    const out = boxShrink(
      image(4, 2, (x, y) => x * 10 + y * 100),
      2,
    )
    expect(out.width).toBe(2)
    expect(out.height).toBe(1)
    // block (0..1, 0..1): 0, 10, 100, 110 → 55; block (2..3): 20, 30, 120, 130 → 75
    expect([...out.data]).toEqual([55, 55, 55, 55, 75, 75, 75, 75])
  })

  it('sizes as the server rounds (width / factor rounded) and averages a partial last block over what it has', () => {
    const out = boxShrink(
      image(6, 4, (x) => (x === 4 || x === 5 ? 200 : 0)),
      4,
    )
    expect([out.width, out.height]).toEqual([2, 1])
    expect(out.data[0]).toBe(0)
    expect(out.data[4]).toBe(200)
  })

  it('leaves a picture alone at factor 1', () => {
    const input = image(3, 3, () => 7)
    expect(boxShrink(input, 1)).toBe(input)
  })
})
