import { describe, expect, it } from 'vitest'
import { tintNames } from '#testing/cards/card-look.ts'
import { assignSplits } from '#testing/banks/shared/split.ts'
import { sceneLabels, SCENES, sceneSplitGroup } from './scene-catalogue.ts'

const good = SCENES.filter((s) => s.label === 'good')
const faults = SCENES.filter((s) => s.label !== 'good')

describe('the scene catalogue', () => {
  it('has at least 40 scenes with unique ids, and at least three of every fault', () => {
    expect(SCENES.length).toBeGreaterThanOrEqual(40)
    expect(new Set(SCENES.map((s) => s.id)).size).toBe(SCENES.length)
    for (const label of sceneLabels) {
      expect(SCENES.filter((s) => s.label === label).length, label).toBeGreaterThanOrEqual(3)
    }
  })

  it('includes a pale near-white card in bright light with no glare that must capture', () => {
    const pale = good.filter((s) => (s.tint === 'white' || s.tint === 'nearWhite') && s.gain >= 1 && !s.glare)
    expect(pale.length).toBeGreaterThanOrEqual(3)
  })

  it('has good scenes in every tint, on plain and patterned desks, in dim and bright light and colour casts', () => {
    expect(new Set(good.map((s) => s.tint))).toEqual(new Set(tintNames))
    const desks = new Set(good.map((s) => s.desk[0]))
    expect(desks).toContain('plain')
    for (const pattern of ['checks', 'stripes', 'newsprint']) expect(desks).toContain(pattern)
    expect(good.some((s) => s.gain <= 0.6)).toBe(true)
    expect(good.some((s) => s.gain >= 1.05)).toBe(true)
    expect(new Set(good.map((s) => s.cast)).size).toBeGreaterThanOrEqual(4)
    expect(good.some((s) => Math.abs(s.rotationDeg) >= 5)).toBe(true)
  })

  it('gives each scene only its own fault', () => {
    for (const s of SCENES) {
      expect(Boolean(s.glare), s.id).toBe(s.label === 'glare')
      expect(s.blur?.kind === 'motion', s.id).toBe(s.label === 'motionBlur')
      expect(s.blur?.kind === 'defocus', s.id).toBe(s.label === 'defocus')
      expect(s.finger !== undefined, s.id).toBe(s.label === 'finger')
      expect(s.tint === null, s.id).toBe(s.label === 'noCard')
      expect(s.gain < 0.3, s.id).toBe(s.label === 'tooDark')
      expect((s.widthShare ?? 0.6) < 0.45, s.id).toBe(s.label === 'tooSmall')
    }
    expect(faults.every((s) => s.label !== 'good')).toBe(true)
  })

  it('has real-like cards in good scenes and in every fault with a card, at least two of each', () => {
    const real = SCENES.filter((s) => s.design === 'real-like')
    for (const label of sceneLabels.filter((l) => l !== 'noCard'))
      expect(real.filter((s) => s.label === label).length, label).toBeGreaterThanOrEqual(2)
    expect(real.filter((s) => s.label === 'good').length).toBeGreaterThanOrEqual(6)
  })

  it("holds out a part of every label in each design, and keeps the drawn scenes' split as before", () => {
    const split = assignSplits(
      SCENES.map((s) => ({ id: s.id, group: sceneSplitGroup(s) })),
      'scene-bank-v1',
    )
    const drawn = SCENES.filter((s) => s.design === 'drawn')
    const before = assignSplits(
      drawn.map((s) => ({ id: s.id, group: s.label })),
      'scene-bank-v1',
    )
    for (const s of drawn) expect(split.get(s.id), s.id).toBe(before.get(s.id))
    for (const [label, design] of sceneLabels.flatMap((l) => [
      [l, 'drawn'] as const,
      ...(l === 'noCard' ? [] : [[l, 'real-like'] as const]),
    ])) {
      const ids = SCENES.filter((s) => s.label === label && s.design === design).map((s) => s.id)
      expect(
        ids.some((id) => split.get(id) === 'heldOut'),
        `${design} ${label}`,
      ).toBe(true)
      expect(
        ids.some((id) => split.get(id) === 'tune'),
        `${design} ${label}`,
      ).toBe(true)
    }
  })
})
