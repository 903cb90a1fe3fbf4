import { describe, expect, it } from 'vitest'
import { loadRealCards } from '#testing/real-cards/real-cards.ts'
import type { RealCardPhotosManifest } from '#testing/real-cards/photos/photo-manifest.ts'
import { planPhotos } from '#testing/real-cards/photos/photo-plan.ts'
import { realCropItems, realPhotoItems } from './bench-sets.ts'

const cards = loadRealCards()
const manifest: RealCardPhotosManifest = {
  bank: 'real-card-photos',
  sourceHash: 'x',
  seed: 'x',
  generationMs: 0,
  items: cards.flatMap((card) =>
    planPhotos(card.id).map((plan) => ({
      id: plan.id,
      file: `${plan.id}.jpg`,
      card: card.id,
      kind: plan.kind,
      jpegQuality: plan.jpegQuality,
      bytes: 1,
      scene: plan.spec,
      truth: card.truth,
      obscured: card.obscured,
    })),
  ),
}

describe('the real sets of the reader bench', () => {
  it('count the crops by generation, with their hidden fields', () => {
    const crops = realCropItems()
    expect(crops).toHaveLength(cards.length)
    expect(new Set(crops.map((c) => c.group))).toEqual(
      new Set(['real specimens, crops, HKID-2018', 'real specimens, crops, HKID-2003']),
    )
    expect(crops.find((c) => c.id === 'hkid-2018-case1')!.obscured).toEqual(['FirstIssueDate'])
  })

  it('order the photos so that any prefix a limited run reads covers every card, webcam frames first', () => {
    const photos = realPhotoItems(manifest)
    expect(photos).toHaveLength(manifest.items.length)
    const first = photos.slice(0, cards.length)
    expect(new Set(first.map((p) => p.id.replace(/-webcam$/, '')))).toEqual(new Set(cards.map((c) => c.id)))
    expect(photos[cards.length]!.id).toMatch(/-phone-1$/)
    expect(photos.every((p) => p.group.startsWith('real specimens, photo versions, HKID-20'))).toBe(true)
  })
})
