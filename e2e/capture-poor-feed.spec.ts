// Poor camera feeds (blurred, glare, dark, no card): the meter says what is wrong, in words and in
// the guide's colour, auto-capture never fires, and the manual shutter still takes the photo.
// Runs once per feed; each Playwright project passes its feed and the guidance it must produce.
import { expect, test } from '#testing/e2e/test.ts'
import { jpegSize } from '#testing/jpeg/jpeg-segments.ts'
import { lastUpstreamImage } from '#testing/e2e/emulator-control.ts'

interface FeedExpectation {
  guidance: string
  text: RegExp
}

test('the meter names the problem, never auto-captures, and the shutter still works', async ({ page }) => {
  const expected = test.info().project.metadata as FeedExpectation
  await page.goto('/')
  const stage = page.getByTestId('camera-stage')
  await expect(stage).toHaveAttribute('data-guidance', expected.guidance)
  await expect(page.getByTestId('guidance')).toHaveText(expected.text)
  await expect(page.getByTestId('card-guide')).toHaveAttribute('data-tone', 'issue')

  // Well past the run auto-capture needs (≈ 1 s, a dozen frames): still on capture, still the same advice.
  const frames = async () => Number(await stage.getAttribute('data-meter-frames'))
  const start = await frames()
  await expect.poll(frames, { timeout: 20_000 }).toBeGreaterThanOrEqual(start + 30)
  await expect(stage).toHaveAttribute('data-guidance', expected.guidance)
  await expect(page.getByRole('heading', { name: 'Photograph the identity card' })).toBeVisible()

  await page.getByRole('button', { name: 'Take photo' }).click()
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  const sent = jpegSize(await lastUpstreamImage())
  expect(sent!.width / sent!.height).toBeCloseTo(85.6 / 54, 1)
})
