import { describe, expect, it } from 'vitest'
import { bounds } from '#testing/banks/shared/geometry.ts'
import { PHONE_FRAMES, planPhotos, WEBCAM_CARD_SHARE, WEBCAM_FRAME } from './photo-plan.ts'

describe('photo versions of a specimen', () => {
  const plans = planPhotos('hkid-2003-sample')

  it('are the same on every run, and differ between cards', () => {
    expect(planPhotos('hkid-2003-sample')).toEqual(plans)
    expect(planPhotos('hkid-2018-case1').map((p) => p.spec.seed)).not.toEqual(plans.map((p) => p.spec.seed))
  })

  it('are a phone photo per size and one 720p webcam frame, each with its own id', () => {
    expect(plans.map((p) => [p.kind, p.spec.width, p.spec.height])).toEqual([
      ...PHONE_FRAMES.map(([w, h]) => ['phone', w, h]),
      ['webcam', ...WEBCAM_FRAME],
    ])
    expect(new Set(plans.map((p) => p.id)).size).toBe(plans.length)
    expect(plans.every((p) => p.card === 'hkid-2003-sample')).toBe(true)
  })

  it('keep the whole card inside the frame, tilted a few degrees at most', () => {
    for (const { spec } of plans) {
      const b = bounds(spec.corners!)
      expect(b.x0).toBeGreaterThan(0)
      expect(b.y0).toBeGreaterThan(0)
      expect(b.x1).toBeLessThan(spec.width)
      expect(b.y1).toBeLessThan(spec.height)
      const [tl, tr] = spec.corners!
      const topEdgeDeg = (Math.atan2(tr[1] - tl[1], tr[0] - tl[0]) * 180) / Math.PI
      expect(Math.abs(topEdgeDeg)).toBeLessThan(10)
    }
  })

  it('put the card at about 65 % of the webcam frame’s width', () => {
    const webcam = plans.find((p) => p.kind === 'webcam')!
    const b = bounds(webcam.spec.corners!)
    expect((b.x1 - b.x0) / webcam.spec.width).toBeCloseTo(WEBCAM_CARD_SHARE, 1)
  })

  it('are degraded mildly: some blur, a colour cast, uneven light, a phone-ish JPEG quality', () => {
    for (const p of plans) {
      expect(p.spec.blur).not.toBeNull()
      expect(p.spec.blur!.px).toBeLessThan(4)
      expect(p.spec.light.cast).not.toEqual([1, 1, 1])
      expect(p.spec.light.gradient).toBeGreaterThan(0)
      expect(p.jpegQuality).toBeGreaterThanOrEqual(70)
      expect(p.jpegQuality).toBeLessThanOrEqual(88)
    }
    expect(plans.some((p) => p.spec.blur!.kind === 'motion')).toBe(true)
  })
})
