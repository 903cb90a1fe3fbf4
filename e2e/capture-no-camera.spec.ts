// A device with no camera (a real NotFoundError): besides upload, a way to carry on with a phone —
// this page's link as a QR code and as text.
import { expect, test } from '@playwright/test'

test('no camera: offers to continue on another device by QR code or link', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('camera-problem-none')).toContainText('No camera found')
  const other = page.getByTestId('continue-on-device')
  await expect(other.getByRole('img', { name: 'QR code of the link to this page' })).toBeVisible()
  await expect(other.locator('code')).toHaveText(page.url())
  await expect(page.getByLabel('Choose a file')).toBeAttached()
})
