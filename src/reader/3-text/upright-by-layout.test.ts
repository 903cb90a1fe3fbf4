import { describe, expect, it } from 'vitest'
import type { Quad } from '../geometry.ts'
import { numberPrintedUpright } from './upright-by-layout.ts'

const box = (y0: number, y1: number): Quad => [
  [0.5, y0],
  [0.9, y0],
  [0.9, y1],
  [0.5, y1],
]

describe('numberPrintedUpright', () => {
  it('is true for the number read on the bottom row, spaced or bracketed as read', () => {
    expect(numberPrintedUpright([{ text: 'Z683 365(3)', box: box(0.85, 0.92) }], 'Z683365(3)')).toBe(true)
    expect(numberPrintedUpright([{ text: 'c668668E', box: box(0.8, 0.9) }], 'C668668(E)')).toBe(true)
  })

  it('is false when the only line with the number is in the upper half (the window, or a turned card)', () => {
    expect(numberPrintedUpright([{ text: 'Z683365', box: box(0.2, 0.25) }], 'Z683365(3)')).toBe(false)
  })

  it('is false when no number was read, or no line holds it', () => {
    expect(numberPrintedUpright([{ text: 'Z683365(3)', box: box(0.85, 0.92) }], '')).toBe(false)
    expect(numberPrintedUpright([{ text: 'LOK, Wing Ching', box: box(0.85, 0.92) }], 'Z683365(3)')).toBe(
      false,
    )
  })
})
