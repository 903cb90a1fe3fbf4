// The scenes the end-to-end suite plays through the real app: one of each label in each split for each card
// design (drawn, real-like), and the scenes named for a fault the meter once had. Every scene, both feeds, is judged by the meter's bank test
// (quality-meter.bank.integration.test.ts) and played through the app by `npm run bench`; one browser per
// scene costs seconds, so the suite plays a sample that still covers every kind of scene.
import type { SceneLabel } from '#testing/banks/scene-bank/scene-catalogue.ts'
import type { CardDesign } from '#testing/cards/card-design.ts'
import type { Split } from '#testing/banks/shared/split.ts'

export interface SceneKey {
  id: string
  label: SceneLabel
  split: Split
  /** null for a scene with no card */
  design: CardDesign | null
}

/** Scenes always played: each once showed a fault of the meter. */
export const NAMED_SCENES = ['good-white-bright-grey-desk', 'glare-white-bright-grey-desk'] as const

export function e2eSceneSample<T extends SceneKey>(scenes: readonly T[]): T[] {
  const seen = new Set<string>()
  return scenes.filter((scene) => {
    const kind = `${scene.label}/${scene.split}/${scene.design}`
    const named = (NAMED_SCENES as readonly string[]).includes(scene.id)
    if (!named && seen.has(kind)) return false
    seen.add(kind)
    return true
  })
}
