import { describe, expect, it } from 'vitest'
import { bounds } from '#testing/banks/shared/geometry.ts'
import { degradations, planOcrItem } from './ocr-plan.ts'
import { OCR_BANK_SIZE } from './make-ocr-bank.ts'

const plans = Array.from({ length: OCR_BANK_SIZE }, (_, i) => planOcrItem(i))

describe('the OCR bank plan', () => {
  it('is the same on every run', () => {
    expect(planOcrItem(17)).toEqual(planOcrItem(17))
    expect(new Set(plans.map((p) => p.id)).size).toBe(plans.length)
  })

  it('has at least 200 cards, about 30% degraded, each degradation named and each kind present', () => {
    expect(plans.length).toBeGreaterThanOrEqual(200)
    const degraded = plans.filter((p) => p.condition === 'degraded')
    expect(degraded.length / plans.length).toBeGreaterThan(0.2)
    expect(degraded.length / plans.length).toBeLessThan(0.4)
    for (const p of plans) expect(p.degradations.length > 0).toBe(p.condition === 'degraded')
    for (const d of degradations)
      expect(
        degraded.some((p) => p.degradations.includes(d)),
        d,
      ).toBe(true)
  })

  it('keeps clean scenes within the promised ranges', () => {
    for (const p of plans) {
      expect(Math.abs(p.pose.rotationDeg)).toBeLessThanOrEqual(8)
      expect(Math.abs(p.pose.tiltXDeg)).toBeLessThanOrEqual(6)
      if (p.condition === 'clean') {
        expect(p.jpegQuality).toBeGreaterThanOrEqual(60)
        expect(p.jpegQuality).toBeLessThanOrEqual(95)
        expect(p.cardWidthShare).toBeGreaterThanOrEqual(0.4)
        expect(p.cardWidthShare).toBeLessThanOrEqual(0.9)
        expect(p.spec.light.gain).toBeGreaterThanOrEqual(0.8)
      }
      if (p.degradations.includes('smallCard')) expect(p.cardWidthShare).toBeLessThan(0.43)
      if (p.degradations.includes('lowQuality')) expect(p.jpegQuality).toBeLessThan(50)
    }
  })

  it('keeps every card wholly inside its frame', () => {
    for (const p of plans) {
      const b = bounds(p.spec.corners!)
      expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= p.spec.width && b.y1 <= p.spec.height, p.id).toBe(true)
    }
  })

  it('makes a share of 12 MP phone photos stored with EXIF orientations 6, 8 and 3', () => {
    const phones = plans.filter((p) => p.phone)
    expect(phones.length / plans.length).toBeGreaterThan(0.08)
    expect(new Set(phones.map((p) => p.orientation))).toEqual(new Set([3, 6, 8]))
    for (const p of phones) expect(p.spec.width * p.spec.height).toBe(12_000_000)
    for (const p of plans.filter((q) => !q.phone)) expect(p.orientation).toBe(1)
  })

  it('varies tints, guilloche, card generation and desks', () => {
    expect(new Set(plans.map((p) => p.look.tint)).size).toBe(6)
    expect(plans.some((p) => p.look.guilloche === 0)).toBe(true)
    expect(new Set(plans.map((p) => p.look.version)).size).toBe(2)
    expect(new Set(plans.map((p) => p.spec.background.kind)).size).toBe(7)
    for (const p of plans) expect(p.look.version).toBe(p.identity.card.HKIDVersion)
  })
})
