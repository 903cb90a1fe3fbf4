// A device with no camera (a real NotFoundError from Chromium): the reason in words, and upload.
import { expect, test } from '#testing/e2e/test.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test('no camera: says so and leads to upload, which reaches review', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('camera-problem-none')).toContainText('No camera found')
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
})
