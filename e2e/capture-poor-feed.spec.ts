// Poor camera feeds (blurred, glare, dark, no card): the meter says what is wrong, in words and in
// the guide's colour, auto-capture never fires, and the manual shutter still takes the photo.
// Runs once per feed; each Playwright project passes its feed and the guidance it must produce.
import { expect, test } from '#testing/e2e/test.ts'
import { jpegSize } from '#testing/jpeg/jpeg-segments.ts'
import { lastUpstreamImage } from '#testing/e2e/emulator-control.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'

interface FeedExpectation {
  guidance: string
  text: RegExp
  /** With a card in view, auto-capture stalls and says what holds it (with no card, there is nothing to wait for). */
  stall?: RegExp
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

  if (expected.stall) {
    // After ~8 s with the card in view: what holds auto-capture, in plain words, and the shutter offered.
    const notice = page.getByTestId('stall-notice')
    await expect(notice).toHaveAttribute('data-reason', expected.guidance, { timeout: 20_000 })
    await expect(notice).toContainText(expected.stall)
    await expect(notice).toContainText('You can take the photo yourself now')
    await notice.getByRole('button', { name: 'Take the photo now' }).click()
  } else {
    await expect(page.getByTestId('stall-notice')).toHaveCount(0)
    await page.getByRole('button', { name: 'Take photo' }).click()
  }
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  const sent = jpegSize(await lastUpstreamImage())
  expect(sent!.width / sent!.height).toBeCloseTo(ID1_ASPECT, 1)
})
