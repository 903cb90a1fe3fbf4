// Issue 23, items 7 and 8: the card photo never covers the portraits while the operator checks the lower
// fields; in phone landscape the page frame leaves the step most of the height; a sharp landscape upload is
// not called blurry.
import { type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { useLanguage } from '#testing/e2e/language.ts'
import { E2E_READER_URL } from '#testing/e2e/ports.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

const reviewHeading = (page: Page) => page.getByRole('heading', { name: 'Check the details' })

async function uploadToReview(page: Page, file: string) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(file)
  // The run's first reading can be slow on a busy machine (the server's first call).
  await expect(reviewHeading(page)).toBeVisible({ timeout: 40_000 })
}

function overlap(a: { x: number; y: number; width: number; height: number }, b: typeof a): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

for (const [width, height] of [
  [1280, 720],
  [1440, 900],
] as const)
  test(`at ${width}×${height} the card photo does not cover the portraits while the lower fields are checked`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await uploadToReview(page, fixtures.specimenCard)
    const photo = page.getByTestId('card-photo').first()
    const portraits = page.getByRole('heading', { name: 'Portraits' }).locator('xpath=ancestor::section[1]')
    await expect(photo).toBeVisible()
    await expect(portraits).toBeVisible()
    // Down the fields in steps, as an operator reads them: at no point does the photo lie over the portraits,
    // and through the first steps (the fields) the photo stays in view to compare them with.
    // The wheel over the fields, where the operator reads (over the photo's column it scrolls that column).
    const fields = await page.getByTestId('field-enName').boundingBox()
    for (let step = 0; step < 8; step++) {
      await page.mouse.move(fields!.x + fields!.width / 2, height / 2)
      await page.mouse.wheel(0, 150)
      await page.waitForTimeout(50)
      const [a, b] = [await photo.boundingBox(), await portraits.boundingBox()]
      expect(a && b && overlap(a, b), `overlap after ${(step + 1) * 150} px`).toBe(0)
      // (At 1280×720 the column of photo, warnings and portraits is taller than the window and its top edge may
      // pass under the window's top by a few pixels; four fifths of the photo stay in view.)
      if (step < 3)
        expect(a!.y + a!.height * 0.2, `photo in view after ${(step + 1) * 150} px`).toBeGreaterThanOrEqual(0)
    }
  })

for (const language of ['en', 'zh-HK'] as const)
  for (const [width, height] of [
    [844, 390],
    [740, 360],
  ] as const)
    test(`in phone landscape (${width}×${height}, ${language}) the header and banner take at most a quarter of the height`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height })
      await useLanguage(page, language)
      // The app reading with the local reader: its banner shows under the header.
      await page.goto(`${E2E_READER_URL}/`)
      const banner = page.getByTestId('local-reader-banner')
      await expect(banner).toBeVisible()
      const header = (await page.locator('header').first().boundingBox())!
      const bottom = (await banner.boundingBox())!
      expect(bottom.y + bottom.height - header.y).toBeLessThanOrEqual(height * 0.25)
    })

for (const [name, file] of [
  ['a 1280×720 webcam frame of the card', fixtures.cardScene],
  ['the specimen card alone', fixtures.specimenCard],
] as const)
  test(`a sharp landscape upload (${name}) is not called blurry`, async ({ page }) => {
    // An operator's upload with a problem stops at "Check your photo"; a sharp one goes on to review.
    await uploadToReview(page, file)
    await expect(page.getByTestId('photo-problem-blur')).toHaveCount(0)
  })
