import { describe, expect, it } from 'vitest'
import { secondPass } from './compress-core.ts'
import { CompressError, toCompressError } from './compress-error.ts'

describe('secondPass', () => {
  const options = { maxBytes: 1_000_000, quality: 0.9 }

  it('shrinks the area below the overshoot, with a margin, and lowers the quality a little', () => {
    const next = secondPass({ bytes: 1_250_000, width: 1536, height: 2048 }, options)
    expect((next.width * next.height) / (1536 * 2048)).toBeLessThanOrEqual(0.8 * 0.8 + 0.001)
    expect(next.width / next.height).toBeCloseTo(0.75, 2)
    expect(next.quality).toBe(0.85)
  })

  it('goes further for a big overshoot, but never below a quarter of the edge', () => {
    const next = secondPass({ bytes: 40_000_000, width: 2048, height: 2048 }, options)
    expect(next).toEqual({ width: 512, height: 512, quality: 0.75 })
  })

  it('never raises the quality above the caller’s', () => {
    expect(
      secondPass({ bytes: 1_100_000, width: 100, height: 100 }, { maxBytes: 1_000_000, quality: 0.7 })
        .quality,
    ).toBe(0.7)
  })
})

describe('toCompressError', () => {
  it('calls decoder failures unreadable and allocation failures too large', () => {
    expect(toCompressError(new DOMException('bad', 'EncodingError')).reason).toBe('unreadable')
    expect(
      toCompressError(new DOMException('The source image could not be decoded.', 'InvalidStateError')).reason,
    ).toBe('unreadable')
    expect(toCompressError(new RangeError('Array buffer allocation failed')).reason).toBe('too-large')
    expect(toCompressError(new Error('?')).reason).toBe('failed')
    const own = new CompressError('too-large')
    expect(toCompressError(own)).toBe(own)
    expect(own.message).toMatch(/too large/)
  })
})
