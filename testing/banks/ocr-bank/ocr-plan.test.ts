import { describe, expect, it } from 'vitest'
import { bounds } from '#testing/banks/shared/geometry.ts'
import { assignSplits } from '#testing/banks/shared/split.ts'
import { degradations, OCR_BANK_SEED, planOcrBank, planOcrItem, splitGroup } from './ocr-plan.ts'
import { OCR_BANK_SIZE } from './make-ocr-bank.ts'

const plans = planOcrBank(OCR_BANK_SIZE)
const drawn = plans.filter((p) => p.design === 'drawn')
const realLike = plans.filter((p) => p.design === 'real-like')

describe('the OCR bank plan', () => {
  it('is the same on every run', () => {
    expect(planOcrItem(17)).toEqual(planOcrItem(17))
    expect(new Set(plans.map((p) => p.id)).size).toBe(plans.length)
  })

  it('has at least 200 cards, about 30% degraded, each degradation named and each kind present', () => {
    expect(plans.length).toBeGreaterThanOrEqual(400)
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

  it('draws 240 cards in the old design, unchanged, and 160 real-like ones, half each generation', () => {
    expect(drawn.length).toBe(240)
    expect(drawn.map((p) => p.id)).toEqual(Array.from({ length: 240 }, (_, i) => planOcrItem(i).id))
    expect(drawn[100]).toEqual(planOcrItem(100))
    expect(realLike.length).toBe(160)
    expect(realLike.filter((p) => p.look.version === 'HKID-2018').length).toBe(80)
    expect(realLike.filter((p) => p.identity.card.HKIDVersion === 'HKID-2003').length).toBe(80)
  })

  it('draws real-like cards of every kind: (non-)permanent, child and adult stars, with and without a Chinese name', () => {
    for (const version of ['HKID-2018', 'HKID-2003'] as const) {
      const cards = realLike.filter((p) => p.look.version === version).map((p) => p.identity.card)
      expect(
        cards.some((c) => c.Permanent === 0),
        version,
      ).toBe(true)
      expect(
        cards.some((c) => c.Symbol.startsWith('***')),
        version,
      ).toBe(true)
      expect(
        cards.some((c) => /^\*A/.test(c.Symbol)),
        version,
      ).toBe(true)
      expect(
        cards.some((c) => c.CnName === ''),
        version,
      ).toBe(true)
      expect(
        cards.some((c) => c.CnName !== ''),
        version,
      ).toBe(true)
    }
  })

  it('holds out about a quarter of each design, generation and condition, and the drawn split as before', () => {
    const split = assignSplits(
      plans.map((p) => ({ id: p.id, group: splitGroup(p) })),
      OCR_BANK_SEED,
    )
    const before = assignSplits(
      drawn.map((p) => ({ id: p.id, group: p.condition })),
      OCR_BANK_SEED,
    )
    for (const p of drawn) expect(split.get(p.id), p.id).toBe(before.get(p.id))
    for (const version of ['HKID-2018', 'HKID-2003'])
      for (const condition of ['clean', 'degraded']) {
        const group = realLike.filter((p) => p.look.version === version && p.condition === condition)
        const held = group.filter((p) => split.get(p.id) === 'heldOut').length
        expect(held / group.length, `${version} ${condition}`).toBeGreaterThan(0.2)
        expect(held / group.length, `${version} ${condition}`).toBeLessThan(0.3)
      }
  })

  it('varies tints, guilloche, card generation and desks', () => {
    expect(new Set(plans.map((p) => p.look.tint)).size).toBe(6)
    expect(plans.some((p) => p.look.guilloche === 0)).toBe(true)
    expect(new Set(plans.map((p) => p.look.version)).size).toBe(2)
    expect(new Set(plans.map((p) => p.spec.background.kind)).size).toBe(7)
    for (const p of plans) expect(p.look.version).toBe(p.identity.card.HKIDVersion)
  })
})
