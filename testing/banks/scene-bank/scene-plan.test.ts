import { describe, expect, it } from 'vitest'
import {
  bounds,
  homography,
  applyHomography,
  UNIT_SQUARE,
  type Point,
  type Quad,
} from '#testing/banks/shared/geometry.ts'
import { SCENES } from './scene-catalogue.ts'
import { planScene, SCENE_HEIGHT, SCENE_WIDTH } from './scene-plan.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'

const plans = SCENES.map((def, i) => planScene(def, i))
/** Where a frame point lies on the card, in shares of its width and height. */
const onCard = (corners: Quad, p: Point) => applyHomography(homography(corners, UNIT_SQUARE), p)
const inside = ([u, v]: Point) => u > 0 && u < 1 && v > 0 && v < 1

describe('planScene', () => {
  it('is the same on every run', () => {
    expect(planScene(SCENES[3]!, 3)).toEqual(planScene(SCENES[3]!, 3))
  })

  it('places every card of a good scene inside the capture guide (80% of the width, ID-1 shaped, centred)', () => {
    const guideW = SCENE_WIDTH * 0.8
    const guideH = guideW / ID1_ASPECT
    for (const plan of plans.filter((p) => p.def.label === 'good')) {
      const b = bounds(plan.spec.corners!)
      expect(b.x0 >= (SCENE_WIDTH - guideW) / 2 && b.x1 <= (SCENE_WIDTH + guideW) / 2, plan.def.id).toBe(true)
      expect(b.y0 >= (SCENE_HEIGHT - guideH) / 2 && b.y1 <= (SCENE_HEIGHT + guideH) / 2, plan.def.id).toBe(
        true,
      )
      expect(b.x1 - b.x0).toBeGreaterThan(guideW * 0.7)
    }
  })

  it('puts glare spots and fingertips on the card, and no card in no-card scenes', () => {
    for (const plan of plans) {
      const { corners, light, finger } = plan.spec
      if (plan.def.label === 'noCard') expect(corners).toBeNull()
      if (light.glare)
        expect(inside(onCard(corners!, [light.glare.x, light.glare.y])), plan.def.id).toBe(true)
      if (finger) expect(inside(onCard(corners!, finger.tip)), plan.def.id).toBe(true)
    }
  })

  it('keeps a too-small card well under the guide', () => {
    for (const plan of plans.filter((p) => p.def.label === 'tooSmall')) {
      const b = bounds(plan.spec.corners!)
      expect(b.x1 - b.x0).toBeLessThan(SCENE_WIDTH * 0.45)
    }
  })
})
