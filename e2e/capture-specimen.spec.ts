// The real card's print through the real app: a specimen card (testing/real-cards) as a 720p webcam on a desk
// sees it plays as the fake camera, and the operator's capture takes it by itself within 15 s. One tune and one
// held-out specimen (testing/capture/specimen-webcam.ts), and the same card out of focus, which must wait on
// "focus"; the unit tests cover every specimen and fault.
import { chromium, type Browser } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { emulatorStats } from '#testing/e2e/emulator-control.ts'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { runScene } from '#testing/capture/scene-runner.ts'
import { ensureSpecimenMjpeg, SPECIMENS, specimenShots } from '#testing/capture/specimen-webcam.ts'
import { fakeCameraArgs } from '#testing/fixtures/fixture-files.ts'

const CHOSEN = ['hkid-2018-case2.jpg', 'hkid-2003-sample.jpg']

function launchWith(feed: string): Promise<Browser> {
  const executablePath = chromiumExecutablePath()
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, ...fakeCameraArgs(feed)],
  })
}

for (const file of CHOSEN) {
  const index = SPECIMENS.findIndex((specimen) => specimen.file === file)
  const specimen = SPECIMENS[index]!
  test(`${file} (${specimen.split}) on a 720p webcam is captured by itself`, async ({ baseURL }) => {
    const sharp = specimenShots(index).find((s) => s.label === 'sharp')!
    const feed = ensureSpecimenMjpeg(specimen, sharp.shot)
    const browser = await launchWith(feed)
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      const run = await runScene(page, `${baseURL}/`, 15_000)
      test.info().annotations.push({ type: 'scene', description: JSON.stringify(run) })
      expect(run.captured, `the meter said "${run.guidance}"`).toBe(true)
      await expect.poll(async () => (await emulatorStats()).calls, { timeout: 15_000 }).toBe(1)
    } finally {
      await browser.close()
    }
  })
}

test('hkid-2018-case2.jpg out of focus waits on focus and is not captured', async ({ baseURL }) => {
  const index = SPECIMENS.findIndex((specimen) => specimen.file === CHOSEN[0])
  const defocused = specimenShots(index).find((s) => s.label === 'defocus')!
  const browser = await launchWith(ensureSpecimenMjpeg(SPECIMENS[index]!, defocused.shot))
  try {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
    const run = await runScene(page, `${baseURL}/`, 4000)
    expect(run.captured).toBe(false)
    expect(run.guidance).toBe('blur')
  } finally {
    await browser.close()
  }
})
