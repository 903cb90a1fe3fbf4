// Poor camera feeds (blurred, glare, dark, no card): the meter says what is wrong, in words and in
// the guide's colour, auto-capture never fires, and the manual shutter still takes the photo.
// Runs once per feed; each Playwright project passes its feed and the guidance it must produce.
import { expect, test } from '@playwright/test'
import { jpegSize } from '#testing/jpeg/jpeg-segments.ts'
import { lastUpstreamImage, resetEmulator } from '#testing/e2e/emulator-control.ts'

interface FeedExpectation {
  guidance: string
  text: RegExp
}

test.beforeEach(async () => {
  await resetEmulator()
})

test('the meter names the problem, never auto-captures, and the shutter still works', async ({ page }) => {
  const expected = test.info().project.metadata as FeedExpectation
  await page.goto('/')
  const stage = page.getByTestId('camera-stage')
  await expect(stage).toHaveAttribute('data-guidance', expected.guidance)
  await expect(page.getByTestId('guidance')).toHaveText(expected.text)
  await expect(page.getByTestId('card-guide')).toHaveAttribute('data-tone', 'issue')

  // Well past the run auto-capture needs (≈ 1 s): still on capture, still the same advice.
  const framesBefore = Number(await stage.getAttribute('data-meter-frames'))
  await page.waitForTimeout(3000)
  const framesAfter = Number(await stage.getAttribute('data-meter-frames'))
  expect(framesAfter - framesBefore).toBeGreaterThanOrEqual(16) // the meter kept measuring (≥ 8 fps)
  await expect(stage).toHaveAttribute('data-guidance', expected.guidance)
  await expect(page.getByRole('heading', { name: 'Photograph the identity card' })).toBeVisible()

  await page.getByRole('button', { name: 'Take photo' }).click()
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  const sent = jpegSize(await lastUpstreamImage())
  expect(sent!.width / sent!.height).toBeCloseTo(85.6 / 54, 1)
})
