// Errors a user meets on the way: each has its own message and a way forward, and nothing typed or
// captured is lost.
import { clickDownload, expect, test } from '#testing/e2e/test.ts'
import { emulatorStats, setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test('NOT_HKID: message shown, retake works, the typed reference survives into the record', async ({
  page,
  downloadRecord,
}) => {
  await page.goto('/')
  await page.getByLabel('Customer reference (optional)').fill('CASE-2026-0042')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()

  await setNextOutcome({ error: { code: 'FailedOperation.NoHKIDCard' } })
  await page.getByLabel('Choose a file').setInputFiles(fixtures.notACard)
  // Uploads are checked before they are sent: this one has no card in it, and can still be sent.
  await expect(page.getByTestId('photo-problem-noCard')).toBeVisible()
  await page.getByRole('button', { name: 'Use it anyway' }).click()

  const alert = page.getByTestId('recognize-error')
  await expect(alert).toHaveAttribute('data-code', 'NOT_HKID')
  await expect(alert).toContainText('This does not look like a Hong Kong identity card')
  await expect(alert).not.toContainText('FailedOperation')
  await expect(alert.getByTestId('card-photo')).toBeVisible()
  await expect(page.getByLabel('Customer reference (optional)')).toHaveValue('CASE-2026-0042')

  await page.getByRole('button', { name: 'Retake photo' }).click()
  await expect(page.getByLabel('Customer reference (optional)')).toHaveValue('CASE-2026-0042')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  await page.getByRole('button', { name: 'Confirm details' }).click()

  const record = await downloadRecord(page, clickDownload(page))
  expect(record.reference).toBe('CASE-2026-0042')
})

test('a retryable failure keeps the photo: "Try again" resends it without a retake', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await setNextOutcome({ error: { code: 'FailedOperation.OcrFailed' } })
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)

  await expect(page.getByTestId('recognize-error')).toHaveAttribute('data-code', 'RECOGNITION_FAILED')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  expect((await emulatorStats()).calls).toBe(2)
})

test('the service misconfigured (bad keys upstream) says so without leaking upstream text', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await setNextOutcome({
    error: { code: 'AuthFailure.SecretIdNotFound', message: 'The SecretId is not found' },
  })
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)

  const alert = page.getByTestId('recognize-error')
  await expect(alert).toHaveAttribute('data-code', 'SERVICE_UNAVAILABLE')
  await expect(alert).not.toContainText('SecretId')
})

test('a damaged file and a picture too large for the device each say what is wrong, before any upload', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'damaged.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2, 3, 4, 5, 6, 7, 8]),
  })
  await expect(page.getByTestId('recognize-error')).toHaveAttribute('data-code', 'COMPRESS_FAILED')
  await expect(page.getByTestId('recognize-error')).toContainText('The photo could not be prepared')

  await page.getByRole('button', { name: 'Retake photo' }).click()
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  // A JPEG header claiming 60000 × 60000 px: refused before decoding.
  const huge = [0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0xea, 0x60, 0xea, 0x60, 1, 1, 0x11, 0, 0xff, 0xd9]
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(huge) })
  await expect(page.getByTestId('recognize-error')).toHaveAttribute('data-code', 'IMAGE_TOO_LARGE')
  expect((await emulatorStats()).calls).toBe(0)
})

// Answers the emulator cannot script (the HTTP server's own 408, the shared store down) come from the
// network layer here; what is tested is the page's message and way forward for each.
test('a too-slow upload (408) and a paused service (503) each say so, in English and Chinese, and keep the photo', async ({
  page,
}) => {
  let answer: { status: number; body: string } = { status: 408, body: '' }
  await page.route('**/api/hkid/recognize*', (route) =>
    route.fulfill({
      status: answer.status,
      body: answer.body,
      headers: answer.body ? { 'Content-Type': 'application/json' } : {},
    }),
  )
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  const alert = page.getByTestId('recognize-error')
  // A bare 408 from the HTTP server, with no JSON: still the slow-upload message.
  await expect(alert).toHaveAttribute('data-code', 'REQUEST_TIMEOUT')
  await expect(alert).toContainText('The photo took too long to send')

  answer = {
    status: 503,
    body: JSON.stringify({ error: { code: 'TEMPORARILY_UNAVAILABLE', message: 'x', requestId: 'r-1' } }),
  }
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(alert).toHaveAttribute('data-code', 'TEMPORARILY_UNAVAILABLE')
  await expect(alert).toContainText('Card reading is paused for a moment')
  await page.getByTestId('language-switch').click()
  await expect(alert).toContainText('身份證讀取服務短暫暫停')
})
