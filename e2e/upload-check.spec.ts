// Uploads get the camera's checks before anything is sent: a photo with no card, a blurry one or one
// with a reflection is named for what it is, shown, and can be replaced or sent anyway.
import { expect, test } from '#testing/e2e/test.ts'
import { axeViolations } from '#testing/e2e/axe.ts'
import { emulatorStats } from '#testing/e2e/emulator-control.ts'
import { useLanguage } from '#testing/e2e/language.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test('a photo without a card says so; "choose another" opens the file picker again', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.notACard)
  const check = page.getByTestId('photo-check')
  await expect(check.getByRole('heading', { name: 'Check your photo' })).toBeFocused()
  await expect(check.getByTestId('photo-problem-noCard')).toHaveText(
    'No identity card could be found in this photo.',
  )
  await expect(check.getByTestId('card-photo')).toBeVisible()
  expect((await emulatorStats()).calls).toBe(0)

  await check.getByRole('button', { name: 'Choose another photo' }).click()
  await expect(page.getByRole('heading', { name: 'Upload a photo of the card' })).toBeFocused()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  // A good photo goes straight on (operators skip the check step), and review shows it beside the fields.
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  await expect(page.getByTestId('card-photo')).toBeVisible()
  expect((await emulatorStats()).calls).toBe(1)
})

test('a blurry photo and one with a reflection are each named, and "use it anyway" sends them', async ({
  page,
}) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.cardSceneBlurred)
  await expect(page.getByTestId('photo-problem-blur')).toHaveText('This photo looks blurry.')
  await page.getByRole('button', { name: 'Choose another photo' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.cardSceneGlare)
  await expect(page.getByTestId('photo-problem-glare')).toHaveText('A reflection is hiding part of the card.')
  expect((await emulatorStats()).calls).toBe(0)
  await page.getByRole('button', { name: 'Use it anyway' }).click()
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  expect((await emulatorStats()).calls).toBe(1)
})

test('in Hong Kong Chinese: the problem, the advice and both ways on', async ({ page }) => {
  await useLanguage(page, 'zh-HK')
  await page.goto('/')
  await page.getByRole('button', { name: '改為上載相片' }).click()
  await page.getByLabel('選擇檔案').setInputFiles(fixtures.cardSceneBlurred)
  await expect(page.getByRole('heading', { name: '檢查你的相片' })).toBeVisible()
  await expect(page.getByTestId('photo-problem-blur')).toHaveText('相片看來模糊。')
  await expect(page.getByText('選擇另一張效果最好，但你仍可使用這張。')).toBeVisible()
  await expect(page.getByRole('button', { name: '選擇另一張相片' })).toBeVisible()
  await expect(page.getByRole('button', { name: '仍然使用' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})
