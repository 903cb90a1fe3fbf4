// The meter on the project's own fixture frames (testing/fixtures/files), measured as the worker measures them:
// the guide's crop, scaled to the analysis width. Each poor frame must fail on its own measure only.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURES_DIR } from '#testing/fixtures/fixture-files.ts'
import jpeg from 'jpeg-js'
import { describe, expect, it } from 'vitest'
import { guideCrop, guideWithinCrop } from './card-guide.ts'
import { downscale, toLuma, type LumaImage } from './luma-image.ts'
import { measureFrame, motionBetween, qualityIssues, type QualityIssue } from './quality-meter.ts'
import { ANALYSIS_WIDTH, QUALITY_THRESHOLDS } from './quality-thresholds.ts'

const fixture = (name: string) => join(FIXTURES_DIR, name)

/** The guide's crop of a fixture frame at analysis size, and the guide in its pixels. */
function analysisFrame(name: string) {
  const decoded = jpeg.decode(readFileSync(fixture(name)), { useTArray: true })
  const full = toLuma(decoded.data, decoded.width, decoded.height)
  const crop = guideCrop(decoded.width, decoded.height)
  const [cx, cy, cw, ch] = [crop.x, crop.y, crop.width, crop.height].map(Math.round) as [
    number,
    number,
    number,
    number,
  ]
  const region: LumaImage = { data: new Uint8Array(cw * ch), width: cw, height: ch }
  for (let y = 0; y < ch; y++) {
    const from = (cy + y) * full.width + cx
    region.data.set(full.data.subarray(from, from + cw), y * cw)
  }
  const image = downscale(region, ANALYSIS_WIDTH)
  const g = guideWithinCrop(decoded.width, decoded.height)
  const guide = {
    x: g.x * image.width,
    y: g.y * image.height,
    width: g.width * image.width,
    height: g.height * image.height,
  }
  return { image, guide }
}

function issuesOf(name: string): { issues: QualityIssue[]; measures: ReturnType<typeof measureFrame> } {
  const { image, guide } = analysisFrame(name)
  const measures = measureFrame(image, guide)
  return { measures, issues: qualityIssues(measures, 0, QUALITY_THRESHOLDS.desktop) }
}

describe.each(['desktop', 'phone'] as const)('quality meter on fixture frames (%s thresholds)', (profile) => {
  const judge = (name: string) => {
    const { image, guide } = analysisFrame(name)
    const measures = measureFrame(image, guide)
    return { measures, issues: qualityIssues(measures, 0, QUALITY_THRESHOLDS[profile]) }
  }

  it('passes the sharp card, found where the scene put it (70% of the frame = 87.5% of the guide)', () => {
    const { issues, measures } = judge('card-scene.jpg')
    expect(issues).toEqual([])
    expect(measures.fill).toBeCloseTo(0.875, 1)
  })

  it('fails the blurred card on sharpness alone', () => {
    expect(judge('card-scene-blurred.jpg').issues).toEqual(['blur'])
  })

  it('fails the card with a hotspot on glare alone', () => {
    expect(judge('card-scene-glare.jpg').issues).toEqual(['glare'])
  })

  it('fails the dim card on darkness alone', () => {
    expect(judge('card-scene-dark.jpg').issues).toEqual(['dark'])
  })

  it('finds no card in the empty desk', () => {
    const { issues, measures } = judge('empty-scene.jpg')
    expect(measures.card).toBeNull()
    expect(issues[0]).toBe('noCard')
  })
})

describe('quality meter measures', () => {
  it('orders the measures so the sharp card beats each poor one on its own measure by a wide margin', () => {
    const sharp = issuesOf('card-scene.jpg').measures
    expect(sharp.sharpness).toBeGreaterThan(25 * issuesOf('card-scene-blurred.jpg').measures.sharpness)
    expect(issuesOf('card-scene-glare.jpg').measures.glare).toBeGreaterThan(0.1)
    expect(sharp.glare).toBeLessThan(0.01)
    expect(issuesOf('card-scene-dark.jpg').measures.brightness).toBeLessThan(sharp.brightness / 3)
  })

  it('asks to move closer when the card is small in the guide', () => {
    const { image } = analysisFrame('card-scene.jpg')
    // The same frame judged against a guide half as large again: the card now fills ~2/3 of it.
    const cardFrame = issuesOf('card-scene.jpg').measures.card!
    const guide = {
      x: cardFrame.x - cardFrame.width * 0.2,
      y: cardFrame.y - cardFrame.height * 0.2,
      width: cardFrame.width * 1.4,
      height: cardFrame.height * 1.4,
    }
    const measures = measureFrame(image, guide)
    expect(measures.fill).toBeLessThan(QUALITY_THRESHOLDS.phone.minFill)
    expect(qualityIssues(measures, 0, QUALITY_THRESHOLDS.phone)).toContain('far')
  })

  it('reports motion between frames and none for a still camera', () => {
    const { image } = analysisFrame('card-scene.jpg')
    const thumb = downscale(image, 40).data
    expect(motionBetween(thumb, thumb)).toBe(0)
    const shifted = downscale(
      { ...image, data: image.data.map((_, i) => image.data[(i + 9) % image.data.length]!) },
      40,
    ).data
    expect(motionBetween(thumb, shifted)).toBeGreaterThan(QUALITY_THRESHOLDS.desktop.maxMotion)
    const measures = issuesOf('card-scene.jpg').measures
    expect(qualityIssues(measures, motionBetween(thumb, shifted), QUALITY_THRESHOLDS.desktop)).toEqual([
      'moving',
    ])
  })
})
