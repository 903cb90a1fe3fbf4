// Issue 23, item 7, on phones: review held sideways shows the portraits whole with nothing scrolling on its own
// and keeps the card photo beside the fields; review held upright keeps the card photo pinned in view while the
// last field is corrected (and a field reached upwards stops below it, not under it); capture held sideways has
// the live view, the shutter and the upload link in one window without scrolling. Both journeys, both languages.
import type { Browser, Locator, Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { axeViolations } from '#testing/e2e/axe.ts'
import { strings, usePhoto, type Language } from '#testing/e2e/desk-handoff-pages.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { LANGUAGE_PREF_KEY } from '#src/i18n/languages.ts'
import { E2E_READER_URL } from '#testing/e2e/ports.ts'

type Journey = 'operator' | 'customer'
type Box = { x: number; y: number; width: number; height: number }

async function open(
  browser: Browser,
  journey: Journey,
  language: Language,
  width: number,
  height: number,
  origin = '',
) {
  const phone = journey === 'customer'
  const context = await browser.newContext({
    viewport: { width, height },
    locale: language,
    ...(phone && { isMobile: true, hasTouch: true }),
  })
  await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    LANGUAGE_PREF_KEY,
    language,
  ] as const)
  const page = await context.newPage()
  await page.goto(`${origin}${phone ? '/?journey=customer' : '/'}`)
  return page
}

async function uploadToReview(page: Page, journey: Journey, language: Language) {
  const s = strings[language]
  const scope = journey === 'customer' ? page.getByRole('dialog') : page
  await scope.getByRole('button', { name: s.capture.uploadInstead }).click()
  await page.getByLabel(s.capture.chooseFile).setInputFiles(fixtures.specimenCard)
  if (journey === 'customer') await usePhoto(page, language)
  const heading = journey === 'customer' ? s.customer.review.heading : s.review.heading
  // The run's first reading can be slow on a busy machine (the server's first call).
  await expect(page.getByRole('heading', { name: heading })).toBeVisible({ timeout: 40_000 })
  await expect(page.getByTestId('card-photo').first()).toBeVisible()
}

/** How much of a box lies inside the window, 0 to 1. */
function shareInView(box: Box, width: number, height: number): number {
  const w = Math.min(box.x + box.width, width) - Math.max(box.x, 0)
  const h = Math.min(box.y + box.height, height) - Math.max(box.y, 0)
  return w > 0 && h > 0 ? (w * h) / (box.width * box.height) : 0
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

/** The element's ancestors that scroll on their own (content taller than their box), the page itself aside. */
function ownScrollers(locator: Locator): Promise<string[]> {
  return locator.evaluate((element) => {
    const found: string[] = []
    for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
      const { overflowY } = getComputedStyle(node)
      if (/auto|scroll/.test(overflowY) && node.scrollHeight > node.clientHeight + 1)
        found.push(`${node.tagName.toLowerCase()}.${node.className.slice(0, 60)}`)
    }
    return found
  })
}

const fieldInput = (page: Page, field: string) =>
  page.getByTestId(`field-${field}`).locator('input, select').first()

/** Review held upright at 360×740: the card photo stays in view while the last field is corrected, and a field
 * reached upwards stops below it. */
async function expectPhotoPinned(page: Page, journey: Journey) {
  const photo = page.getByTestId('card-photo').first()
  const [first, lastField] =
    journey === 'operator' ? ['idNum', 'hkidVersion'] : ['enName', 'currentIssueDate']
  const last = fieldInput(page, lastField)
  await last.focus()
  const photoBox = (await photo.boundingBox())!
  expect(shareInView(photoBox, 360, 740), 'the card photo in view').toBeGreaterThanOrEqual(0.95)
  const lastBox = (await last.boundingBox())!
  expect(shareInView(lastBox, 360, 740), 'the field in view').toBe(1)
  expect(overlap(photoBox, lastBox)).toBe(0)
  // Back up to the first field by focus (as Shift+Tab would): it stops below the pinned photo, not under it.
  await fieldInput(page, first).focus()
  const [photoAgain, firstBox] = [
    (await photo.boundingBox())!,
    (await fieldInput(page, first).boundingBox())!,
  ]
  expect(shareInView(photoAgain, 360, 740)).toBeGreaterThanOrEqual(0.95)
  expect(overlap(photoAgain, firstBox), 'the first field under the photo').toBe(0)
  expect(shareInView(firstBox, 360, 740)).toBe(1)
  expect(await axeViolations(page)).toEqual([])
}

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]

  // The operator's review is reached once and checked at both sizes: a desk browser's window resized in place
  // (the customer's phone-type context cannot be, so its review has its own walk).
  test(`review at 844×390 and 360×740 (operator, ${language}): the portraits show whole with nothing scrolling on its own, the card photo stays beside the fields; upright, it stays in view while the last field is corrected`, async ({
    browser,
  }) => {
    const page = await open(browser, 'operator', language, 844, 390)
    await uploadToReview(page, 'operator', language)
    const portraits = page
      .getByRole('heading', { name: s.review.portraits })
      .locator('xpath=ancestor::section[1]')
    expect(await ownScrollers(portraits)).toEqual([])
    await portraits.scrollIntoViewIfNeeded()
    expect(shareInView((await portraits.boundingBox())!, 844, 390)).toBe(1)

    // Down to the last field: the photo stays whole in view beside it, over neither it nor the portraits.
    const photo = page.getByTestId('card-photo').first()
    const last = fieldInput(page, 'hkidVersion')
    await last.focus()
    const [photoBox, lastBox] = [(await photo.boundingBox())!, (await last.boundingBox())!]
    expect(shareInView(photoBox, 844, 390)).toBe(1)
    expect(shareInView(lastBox, 844, 390)).toBe(1)
    expect(overlap(photoBox, lastBox)).toBe(0)
    expect(overlap(photoBox, (await portraits.boundingBox())!)).toBe(0)
    expect(await axeViolations(page)).toEqual([])

    // Upright now, from the top with nothing focused, as a review just reached at this size would be.
    await page.setViewportSize({ width: 360, height: 740 })
    await page.evaluate(() => {
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur()
      scrollTo(0, 0)
      return new Promise((resolve) => requestAnimationFrame(() => resolve(null)))
    })
    await expectPhotoPinned(page, 'operator')
    await page.context().close()
  })

  test(`review at 360×740 (customer, ${language}): the card photo stays in view while the last field is corrected`, async ({
    browser,
  }) => {
    const page = await open(browser, 'customer', language, 360, 740)
    await uploadToReview(page, 'customer', language)
    await expectPhotoPinned(page, 'customer')
    await page.context().close()
  })

  for (const [width, height, reader] of [
    [844, 390, false],
    [740, 360, false],
    // The local reader's note under the header takes a line more.
    ...(language === 'en' ? [[844, 390, true] as const] : []),
  ] as const)
    test(`capture at ${width}×${height} (operator, ${language}${reader ? ", the local reader's note shown" : ''}): the live view, the shutter and the upload link fit without scrolling`, async ({
      browser,
    }) => {
      const page = await open(browser, 'operator', language, width, height, reader ? E2E_READER_URL : '')
      if (reader) await expect(page.getByTestId('local-reader-banner')).toBeVisible()
      const shutter = page.getByRole('button', { name: s.capture.shutter })
      await expect(shutter).toBeEnabled()
      const stage = (await page.getByTestId('camera-stage').boundingBox())!
      expect(shareInView(stage, width, height), 'the live view').toBe(1)
      // As large as fits: the live view takes most of the height the header and the case bar leave.
      expect(stage.height).toBeGreaterThanOrEqual(height * 0.5)
      expect(shareInView((await shutter.boundingBox())!, width, height), 'the shutter').toBe(1)
      const upload = page.getByRole('button', { name: s.capture.uploadInstead })
      expect(shareInView((await upload.boundingBox())!, width, height), 'the upload link').toBe(1)
      expect(await page.evaluate(() => scrollY)).toBe(0)
      // The keyboard still reaches the shutter from the reference, before the settings.
      await page.getByLabel(s.app.case.reference).focus()
      const order: string[] = []
      for (let step = 0; step < 6; step++) {
        await page.keyboard.press('Tab')
        order.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''))
      }
      expect(order.some((text) => text.includes(s.capture.shutter))).toBe(true)
      expect(await axeViolations(page)).toEqual([])
      await page.context().close()
    })

  test(`capture at 844×390 (customer, ${language}): the live view, the shutter and the upload link fit without scrolling`, async ({
    browser,
  }) => {
    const page = await open(browser, 'customer', language, 844, 390)
    const camera = page.getByRole('dialog')
    const shutter = camera.getByRole('button', { name: s.capture.shutter })
    await expect(shutter).toBeEnabled()
    const stage = (await page.getByTestId('camera-stage').boundingBox())!
    expect(shareInView(stage, 844, 390)).toBe(1)
    expect(stage.height).toBeGreaterThanOrEqual(390 * 0.6)
    expect(shareInView((await shutter.boundingBox())!, 844, 390)).toBe(1)
    const upload = camera.getByRole('button', { name: s.capture.uploadInstead })
    expect(shareInView((await upload.boundingBox())!, 844, 390)).toBe(1)
    await page.context().close()
  })
}
