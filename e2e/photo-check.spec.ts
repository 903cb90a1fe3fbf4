// The photo itself, on the sharp card feed: customers see the photo that will be sent before it goes
// (retake or use it), operators may turn that step on, and review shows the photo beside the fields,
// zoomable, so each field can be compared with the card.
import { type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { axeViolations, smallTouchTargets } from '#testing/e2e/axe.ts'
import { emulatorStats } from '#testing/e2e/emulator-control.ts'
import { useLanguage } from '#testing/e2e/language.ts'

const STRINGS = {
  en: {
    check: 'Check your photo',
    sharp: 'the writing is sharp enough to read',
    corners: 'all four corners of the card are in the picture',
    glare: 'no reflection or shadow hides any part of the card',
    use: 'Use this photo',
    retake: 'Retake photo',
    review: 'Check your details',
    enlarge: 'Enlarge the photo of the card',
    zoomIn: 'Zoom in',
    close: 'Close',
  },
  'zh-HK': {
    check: '檢查你的相片',
    sharp: '字體清晰，看得清楚',
    corners: '身份證四角都在相片內',
    glare: '沒有反光或陰影遮住證件任何部分',
    use: '使用這張相片',
    retake: '重新拍攝',
    review: '核對你的資料',
    enlarge: '放大身份證相片',
    zoomIn: '放大',
    close: '關閉',
  },
} as const

async function photoWidth(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((image: HTMLImageElement) => image.getBoundingClientRect().width)
}

for (const language of ['en', 'zh-HK'] as const) {
  test(`customer mode shows the photo before sending it, then beside review's fields (${language})`, async ({
    page,
  }) => {
    const s = STRINGS[language]
    await useLanguage(page, language)
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/?journey=customer')
    // Auto-capture takes the card; nothing is sent until the customer says so.
    await expect(page.getByRole('heading', { name: s.check })).toBeFocused()
    for (const item of [s.sharp, s.corners, s.glare]) await expect(page.getByText(item)).toBeVisible()
    await expect(page.getByTestId('card-photo')).toBeVisible()
    expect(
      await page.getByTestId('card-photo').evaluate((image: HTMLImageElement) => image.naturalWidth),
    ).toBeGreaterThan(1000)
    expect((await emulatorStats()).calls).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    expect(await smallTouchTargets(page)).toEqual([])

    await page.getByRole('button', { name: s.use }).click()
    await expect(page.getByRole('heading', { name: s.review })).toBeVisible()
    expect((await emulatorStats()).calls).toBe(1)

    // The same photo on review, and large enough to read any field once enlarged and zoomed.
    await page.getByRole('button', { name: s.enlarge }).click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByTestId('card-photo-large')).toBeVisible()
    const before = await photoWidth(page, 'card-photo-large')
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByRole('button', { name: s.zoomIn }).click()
    await expect.poll(() => photoWidth(page, 'card-photo-large')).toBeGreaterThan(before * 1.8)
    await dialog.getByRole('button', { name: s.close }).click()
    await expect(dialog).toBeHidden()
  })
}

test('retake from the check step brings the camera back and sends nothing', async ({ page }) => {
  await page.goto('/?journey=customer')
  await page.getByRole('button', { name: 'Retake' }).click()
  await expect(page.getByRole('dialog', { name: 'Photograph the identity card' })).toBeVisible()
  // The camera takes the card again, and this time it is used.
  await page.getByRole('button', { name: 'Use this photo' }).click()
  await expect(page.getByRole('heading', { name: 'Check your details' })).toBeVisible()
  expect((await emulatorStats()).calls).toBe(1)
})

type Hooks = { startCamera?: () => void }

test('operators skip the check by default, and can turn it on', async ({ page }) => {
  // The camera waits until the setting is on, so auto-capture cannot race the click.
  await page.addInitScript(() => {
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      await new Promise<void>((go) => ((window as unknown as Hooks).startCamera = go))
      return original(constraints)
    }
  })
  await page.goto('/')
  const setting = page.getByRole('switch', { name: 'Check each photo' })
  await expect(setting).toHaveAttribute('aria-checked', 'false')
  await setting.click()
  await expect(setting).toHaveAttribute('aria-checked', 'true')
  await page.waitForFunction(() => typeof (window as unknown as Hooks).startCamera === 'function')
  await page.evaluate(() => (window as unknown as Hooks).startCamera!())
  await expect(page.getByRole('heading', { name: 'Check your photo' })).toBeVisible()
  expect((await emulatorStats()).calls).toBe(0)
  await page.getByRole('button', { name: 'Use this photo' }).click()
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  // Beside the fields on a desktop screen: the photo's column starts level with the fields'.
  const photo = await page.getByTestId('card-photo').boundingBox()
  const field = await page.getByTestId('field-idNum').boundingBox()
  expect(photo!.x).toBeGreaterThan(field!.x + field!.width)
})
