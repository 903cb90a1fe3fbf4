// The meter on the project's scene bank (testing/banks/scene-bank): every scene's frame as the page's canvas
// receives it, from both a full-range and a limited-range camera. On the part the thresholds were tuned
// on, every good scene is judged fit to capture and every faulty one is refused with its own guidance.
// The held-out part was never used to set anything: its good scenes must still all be capturable here;
// how its faulty ones fare is measured and reported by `npm run bench` (bench/capture/scene-bank-meter.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PNG } from 'pngjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureSceneBank, SCENE_BANK_DIR } from '#testing/banks/scene-bank/make-scene-bank.ts'
import type { SceneBankItem, SceneBankManifest } from '#testing/banks/scene-bank/scene-manifest.ts'
import { analysisFrame } from '#testing/capture/meter-frames.ts'
import { EXPECTED_ISSUE } from '#testing/capture/scene-expectations.ts'
import { measureFrame, qualityIssues } from './quality-meter.ts'
import { QUALITY_THRESHOLDS } from './quality-thresholds.ts'

let manifest: SceneBankManifest

beforeAll(async () => {
  manifest = await ensureSceneBank()
}, 900_000)

function issuesOf(item: SceneBankItem, feed: 'full' | 'limited') {
  const png = PNG.sync.read(readFileSync(join(SCENE_BANK_DIR, item.feeds[feed].page)))
  const { image, guide } = analysisFrame({ width: png.width, height: png.height, data: png.data })
  const measures = measureFrame(image, guide)
  // Tracking the card from one frame to the next, as the live meter does, must not change the verdict.
  const tracked = measureFrame(image, guide, measures.card)
  return {
    issues: qualityIssues(measures, 0, QUALITY_THRESHOLDS.customer),
    tracked: qualityIssues(tracked, 0, QUALITY_THRESHOLDS.customer),
  }
}

describe.each(['full', 'limited'] as const)('the scene bank, %s-range camera', (feed) => {
  it(
    'tune part: every good scene capturable, every faulty one refused with its own guidance',
    { timeout: 180_000 },
    () => {
      const tune = manifest.items.filter((item) => item.split === 'tune')
      expect(tune.length).toBeGreaterThan(30)
      const wrong = tune.flatMap((item) => {
        const { issues, tracked } = issuesOf(item, feed)
        const expected = EXPECTED_ISSUE[item.label]
        const right = (found: string[]) => (expected === null ? found.length === 0 : found[0] === expected)
        return right(issues) && right(tracked) ? [] : [`${item.id}: ${JSON.stringify(issues)}`]
      })
      expect(wrong).toEqual([])
    },
  )

  it('held-out part: every good scene capturable', { timeout: 60_000 }, () => {
    const good = manifest.items.filter((item) => item.split === 'heldOut' && item.label === 'good')
    expect(good.length).toBeGreaterThan(3)
    const refused = good.flatMap((item) => {
      const { issues } = issuesOf(item, feed)
      return issues.length ? [`${item.id}: ${JSON.stringify(issues)}`] : []
    })
    expect(refused).toEqual([])
  })
})
