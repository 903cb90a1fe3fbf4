// A device with no camera (a real NotFoundError): besides upload, a way to carry on with a phone. At a
// desk, its own hand-off (the phone's result comes back to the desk); for a customer on a computer, this
// page's link as a QR code, carrying the capture token the link came with.
import { expect, test } from '#testing/e2e/test.ts'

test('no camera at the desk: offers the hand-off to a phone, whose code appears on the desk', async ({
  page,
}) => {
  await page.goto('/')
  const notice = page.getByTestId('camera-problem-none')
  await expect(notice).toContainText('No camera found')
  await expect(page.getByLabel('Choose a file')).toBeAttached()
  await notice.getByRole('button', { name: 'Continue on a phone' }).click()
  await expect(page.getByRole('heading', { name: 'Continue on a phone' })).toBeFocused()
  await expect(page.getByRole('img', { name: 'QR code that opens the capture on a phone' })).toBeVisible()
})

test('no camera for a customer on a computer: the link for a phone keeps the capture token', async ({
  page,
}) => {
  await page.goto('/?journey=customer#token=abc.def-ghi')
  await expect(page.getByTestId('camera-problem-none')).toBeVisible()
  // Off the address bar (and so out of screenshots and shoulder-surfing)…
  expect(page.url()).not.toContain('token=')
  // …but on the phone link, so the phone can recognize with the same session.
  const other = page.getByTestId('continue-on-device')
  await expect(other.getByRole('img', { name: 'QR code of the link to this page' })).toBeVisible()
  const link = other.locator('code')
  await expect(link).toHaveText(/#token=abc\.def-ghi$/)
  expect(new URL((await link.textContent()) ?? '').pathname).toBe('/')
  expect(new URL((await link.textContent()) ?? '').search).toBe('?journey=customer')
})
