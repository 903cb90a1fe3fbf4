// The scene bank through the real app, one browser for every scene (its fake camera reads a link pointed at each
// scene's feed before the scene's context opens; testing/capture/scene-runner.ts): a
// sample with every label of both splits (testing/capture/scene-sample.ts; every scene is judged by the meter's
// bank test and played through the app by `npm run bench`): each good scene is captured by itself, no faulty one
// is, each faulty one shows its own guidance, and the shutter takes the photo regardless. Each scene plays one of its two feeds (full- or limited-range
// video, alternating) to keep the run short; the unit tests and the bench cover both for every scene.
// Held-out scenes are held here to what must never happen (a good scene refused); how their faulty scenes
// fare is reported by `npm run bench`, and noted on each test here.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { emulatorStats } from '#testing/e2e/emulator-control.ts'
import { sceneBankItem, sceneBankScenes } from '#testing/banks/scene-bank/make-scene-bank.ts'
import {
  launchSwitchableSceneBrowser,
  releaseCamera,
  runScene,
  type Feed,
} from '#testing/capture/scene-runner.ts'
import { EXPECTED_ISSUE } from '#testing/capture/scene-expectations.ts'
import { e2eSceneSample } from '#testing/capture/scene-sample.ts'
import { LANGUAGE_PREF_KEY } from '#src/i18n/languages.ts'

// The scenes are known from the bank's code; their files are drawn by the global setup
// (testing/e2e/global-setup.ts) and read only when a test runs, so the specs list on a fresh clone.
const scenes = e2eSceneSample(sceneBankScenes())
/** One faulty scene is also checked in Hong Kong Chinese. */
const inChinese = scenes.find((scene) => scene.label === 'glare' && scene.split === 'tune')?.id

let browser: Browser
let play: (item: ReturnType<typeof sceneBankItem>, feed: Feed) => void
let linkDir: string
test.beforeAll(async () => {
  linkDir = mkdtempSync(join(tmpdir(), 'hkid-scene-feed-'))
  ;({ browser, play } = await launchSwitchableSceneBrowser(linkDir))
})
test.afterAll(async () => {
  await browser?.close()
  rmSync(linkDir, { recursive: true, force: true })
})

scenes.forEach((scene, index) => {
  const feed: Feed = index % 2 ? 'limited' : 'full'
  const expected = EXPECTED_ISSUE[scene.label]
  const title =
    expected === null
      ? 'is captured by itself'
      : scene.split === 'tune'
        ? `says "${expected}" and is not captured`
        : 'is measured (held out), and the shutter works'
  test(`${scene.id} (${scene.split}, ${feed}-range video) ${title}`, async ({ baseURL }) => {
    const item = sceneBankItem(scene.id)
    play(item, feed)
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    try {
      if (item.id === inChinese)
        await context.addInitScript(([key]) => localStorage.setItem(key!, 'zh-HK'), [LANGUAGE_PREF_KEY])
      const page = await context.newPage()
      // A good scene is watched 10 s for its capture, a faulty one 3 s for none; either goes on (up to 30 s) while
      // the meter has no verdict yet, and a good one while it says "ready": a busy machine measures fewer frames a
      // second, and the meter decides by frames.
      const run = await runScene(page, `${baseURL}/`, expected ? 3000 : 10_000, {
        ms: 30_000,
        while: expected ? ['measuring'] : ['measuring', 'ready'],
      })
      test.info().annotations.push({ type: 'scene', description: JSON.stringify(run) })
      if (expected === null) {
        expect(run.captured, `the meter said "${run.guidance}"`).toBe(true)
        await expect.poll(async () => (await emulatorStats()).calls, { timeout: 15_000 }).toBe(1)
        return
      }
      if (item.split === 'tune') {
        expect(run.captured).toBe(false)
        expect(run.guidance).toBe(expected)
        if (item.id === inChinese)
          await expect(page.getByTestId('guidance')).toHaveText('請稍為傾斜身份證以避開反光')
      }
      if (run.captured) return
      // The shutter still works, whatever the meter says.
      await page.locator('button', { hasText: /^(Take photo|拍照)$/ }).click()
      await expect.poll(async () => (await emulatorStats()).calls, { timeout: 15_000 }).toBe(1)
    } finally {
      // Closed before the next scene's feed is chosen, its camera let go first: a camera still closing when the
      // next scene opens it is joined, not opened afresh on the new feed.
      for (const open of context.pages()) await releaseCamera(open)
      await context.close()
    }
  })
})
