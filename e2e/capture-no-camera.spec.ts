// A device with no camera (a real NotFoundError): besides upload, a way to carry on with a phone —
// this page's link as a QR code and as text, carrying the capture token the link came with.
import { expect, test } from '#testing/e2e/test.ts'

test('no camera: offers to continue on another device by QR code or link', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('camera-problem-none')).toContainText('No camera found')
  const other = page.getByTestId('continue-on-device')
  await expect(other.getByRole('img', { name: 'QR code of the link to this page' })).toBeVisible()
  await expect(other.locator('code')).toHaveText(page.url())
  await expect(page.getByLabel('Choose a file')).toBeAttached()
})

test('the link for the other device keeps the capture token that was taken off the address bar', async ({
  page,
}) => {
  await page.goto('/?mode=operator#token=abc.def-ghi')
  await expect(page.getByTestId('camera-problem-none')).toBeVisible()
  // Off the address bar (and so out of screenshots and shoulder-surfing)…
  expect(page.url()).not.toContain('token=')
  // …but on the phone link, so the phone can recognize with the same session.
  const link = page.getByTestId('continue-on-device').locator('code')
  await expect(link).toHaveText(/#token=abc\.def-ghi$/)
  expect(new URL((await link.textContent()) ?? '').pathname).toBe('/')
})
