// Camera permission denied (a real NotAllowedError from Chromium): the reason in words, a retry, and
// upload carrying the user through to review.
import { expect, test } from '#testing/e2e/test.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test('camera permission denied: says so, offers a retry and upload, and upload reaches review', async ({
  page,
}) => {
  await page.goto('/')
  const problem = page.getByTestId('camera-problem-denied')
  await expect(problem).toContainText('Camera access is blocked')
  await expect(page.getByRole('button', { name: 'Try the camera again' })).toBeVisible()

  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
})
