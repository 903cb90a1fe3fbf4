import { describe, expect, it } from 'vitest'
import { tintNames } from '#testing/cards/card-look.ts'
import { assignSplits } from '#testing/banks/shared/split.ts'
import { sceneLabels, SCENES } from './scene-catalogue.ts'

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

  it('holds out a part of every label', () => {
    const split = assignSplits(
      SCENES.map((s) => ({ id: s.id, group: s.label })),
      'scene-bank-v1',
    )
    for (const label of sceneLabels) {
      const ids = SCENES.filter((s) => s.label === label).map((s) => s.id)
      expect(
        ids.some((id) => split.get(id) === 'heldOut'),
        label,
      ).toBe(true)
      expect(
        ids.some((id) => split.get(id) === 'tune'),
        label,
      ).toBe(true)
    }
  })
})
