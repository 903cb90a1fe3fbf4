// The meter on the project's fixture frames (testing/fixtures/files) and on frames drawn for the purpose
// (testing/capture/meter-frames.ts), measured as the worker measures them: the guide's crop at analysis
// size. Each poor frame must fail on its own measure; a pale card in bright light must not read as glare.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { describe, expect, it } from 'vitest'
import { FIXTURES_DIR } from '#testing/fixtures/fixture-files.ts'
import {
  addReflection,
  analysisFrame,
  coverCorner,
  drawScene,
  expandLimitedRange,
  smear,
} from '#testing/capture/meter-frames.ts'
import { downscale } from './luma-image.ts'
import { measureFrame, motionBetween, qualityIssues } from './quality-meter.ts'
import type { Journey } from '#src/session/journey.ts'
import { QUALITY_THRESHOLDS } from './quality-thresholds.ts'

type Frame = Parameters<typeof analysisFrame>[0]

const fixture = (name: string): Frame => {
  const decoded = jpeg.decode(readFileSync(join(FIXTURES_DIR, name)), { useTArray: true })
  return { width: decoded.width, height: decoded.height, data: decoded.data }
}

function judge(frame: Frame, journey: Journey = 'customer', motion = 0) {
  const { image, guide } = analysisFrame(frame)
  const measures = measureFrame(image, guide)
  return { measures, issues: qualityIssues(measures, motion, QUALITY_THRESHOLDS[journey]) }
}

describe.each(['operator', 'customer'] as const)(
  'quality meter on fixture frames (%s thresholds)',
  (profile) => {
    it('passes the sharp card, found where the scene put it (70% of the frame = 87.5% of the guide)', () => {
      const { issues, measures } = judge(fixture('card-scene.jpg'), profile)
      expect(issues).toEqual([])
      expect(measures.fill).toBeCloseTo(0.875, 1)
    })

    it('fails the blurred card on focus alone', () => {
      expect(judge(fixture('card-scene-blurred.jpg'), profile).issues).toEqual(['blur'])
    })

    it('fails the card with a hotspot on glare alone', () => {
      expect(judge(fixture('card-scene-glare.jpg'), profile).issues).toEqual(['glare'])
    })

    it('fails the dim card on darkness alone', () => {
      expect(judge(fixture('card-scene-dark.jpg'), profile).issues).toEqual(['dark'])
    })

    it('finds no card on the empty desk', () => {
      const { issues, measures } = judge(fixture('empty-scene.jpg'), profile)
      expect(measures.card).toBeNull()
      expect(issues[0]).toBe('noCard')
    })
  },
)

describe('a pale card in bright light', () => {
  it.each([
    ['near-white paper', drawScene({ paper: 250 })],
    [
      'near-white paper, limited-range video expanded to the page',
      expandLimitedRange(drawScene({ paper: 250 })),
    ],
    ['overexposed paper with the print still dark', expandLimitedRange(drawScene({ paper: 250, gain: 1.2 }))],
  ])('is not glare: %s', (_, frame) => {
    const { issues, measures } = judge(frame)
    expect(measures.glare).toBe(0)
    expect(issues).toEqual([])
  })

  it('gets its own advice once the print washes out', () => {
    const { issues, measures } = judge(expandLimitedRange(drawScene({ paper: 250, gain: 3.5 })))
    expect(issues).toEqual(['bright'])
    expect(measures.glare).toBe(0)
  })

  it('still shows a reflection on near-white paper, inside the card', () => {
    const { issues } = judge(addReflection(drawScene({ paper: 246 }), [0.4, 0.6], 0.1))
    expect(issues).toEqual(['glare'])
  })

  it('still shows a real reflection over the print', () => {
    const { issues, measures } = judge(addReflection(drawScene(), [0.55, 0.5], 0.14))
    expect(issues).toEqual(['glare'])
    expect(measures.glare).toBeGreaterThan(QUALITY_THRESHOLDS.customer.maxGlare * 3)
  })
})

describe('the other faults, each on its own measure', () => {
  it('tells motion smear (hold still) from defocus', () => {
    const { issues, measures } = judge(smear(drawScene(), 16))
    expect(issues).toEqual(['moving'])
    expect(measures.evenness).toBeLessThan(QUALITY_THRESHOLDS.customer.minEvenness)
  })

  it('sees a finger over a corner', () => {
    expect(judge(coverCorner(drawScene())).issues).toEqual(['corners'])
  })

  it('sees a pale thumb over a corner: nearly as light as the paper, but skin-coloured', () => {
    expect(judge(coverCorner(drawScene(), 0.66, [236, 194, 170])).issues).toEqual(['corners'])
  })

  it("sees a pale thumb over a corner of a card in warm light, measured against the card's own colour", () => {
    // Warm light tints card and thumb alike: only the thumb is more coloured than the card.
    const warm = (frame: Frame): Frame => ({
      ...frame,
      data: frame.data.map((v, i) => (i % 4 === 2 ? v * 0.75 : v)),
    })
    expect(judge(warm(drawScene())).issues).toEqual([])
    expect(judge(warm(coverCorner(drawScene(), 0.66, [236, 194, 170]))).issues).toEqual(['corners'])
  })

  it('asks to move closer when the card is small, wherever it is found', () => {
    const { issues, measures } = judge(drawScene({ share: 0.35 }))
    expect(issues).toEqual(['far'])
    expect(measures.fill).toBeCloseTo(0.35 / 0.8, 1)
  })

  it('asks for light when the scene is dim', () => {
    expect(judge(drawScene({ gain: 0.2 })).issues).toEqual(['dark'])
  })
})

describe('motion between frames', () => {
  it('is none for a still camera and enough to hold auto-capture for a moved one', () => {
    const { image } = analysisFrame(fixture('card-scene.jpg'))
    const thumb = downscale(image, 40).data
    expect(motionBetween(thumb, thumb)).toBe(0)
    const shifted = downscale(
      { ...image, data: image.data.map((_, i) => image.data[(i + 9) % image.data.length]!) },
      40,
    ).data
    const motion = motionBetween(thumb, shifted)
    expect(motion).toBeGreaterThan(QUALITY_THRESHOLDS.operator.maxMotion)
    expect(judge(fixture('card-scene.jpg'), 'operator', motion).issues).toEqual(['moving'])
  })
})
