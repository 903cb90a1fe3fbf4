import { describe, expect, it } from 'vitest'
import { sceneBankScenes } from '#testing/banks/scene-bank/make-scene-bank.ts'
import { e2eSceneSample, NAMED_SCENES } from './scene-sample.ts'

describe('the end-to-end sample of the scene bank', () => {
  const scenes = sceneBankScenes()
  const sample = e2eSceneSample(scenes)
  const kinds = (list: typeof scenes) =>
    new Set(list.map((scene) => `${scene.label}/${scene.split}/${scene.design}`))

  it('plays every label of every split, for each card design, at least once', () => {
    expect(kinds(sample)).toEqual(kinds(scenes))
  })

  it('plays the named scenes and far fewer than the whole bank', () => {
    for (const id of NAMED_SCENES) expect(sample.map((scene) => scene.id)).toContain(id)
    expect(sample.length).toBeLessThan(scenes.length / 2)
  })
})
