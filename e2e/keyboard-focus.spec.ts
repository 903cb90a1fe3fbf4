// Where focus lands after every step change, by keyboard alone through a whole card at the desk: on the
// new step's title (or its first control), never on <body>. And review's and done's keys work wherever
// focus is, asking first before they would throw work away.
import { type Locator, type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { setNextOutcome } from '#testing/e2e/emulator-control.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press(key)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${key} never reached ${target.toString()}`)
}

/** After a step change: focus is on `target`, and so not lost to <body>. */
async function focusLandsOn(page: Page, target: Locator) {
  await expect(target).toBeFocused()
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(false)
}

async function chooseFile(page: Page) {
  await tabTo(page, page.getByLabel('Choose a file'))
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')])
  await chooser.setFiles(fixtures.specimenCard)
}

const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true })

test('focus lands on each new step, and the keys work from anywhere', async ({ page, downloadRecord }) => {
  test.setTimeout(120_000)
  await page.goto('/')
  const reference = page.getByLabel('Customer reference (optional)')
  await tabTo(page, reference)
  await page.keyboard.type('CASE-9')

  // Capture: to upload and back to the camera, and to upload again by its key.
  await tabTo(page, page.getByRole('button', { name: 'Upload a photo instead' }))
  await page.keyboard.press('Enter')
  await focusLandsOn(page, heading(page, 'Upload a photo of the card'))
  await tabTo(page, page.getByRole('button', { name: 'Use the camera' }))
  await page.keyboard.press('Enter')
  await focusLandsOn(page, heading(page, 'Photograph the identity card'))
  await page.keyboard.press('u')
  await focusLandsOn(page, heading(page, 'Upload a photo of the card'))

  // Recognizing, then review.
  await setNextOutcome({ delayMs: 800 })
  await chooseFile(page)
  await focusLandsOn(page, heading(page, 'Reading the card…'))
  await focusLandsOn(page, heading(page, 'Check the details'))

  // Alt+R from the reference field (outside the form) with nothing typed: straight back to capture.
  await tabTo(page, reference, 'Shift+Tab')
  await page.keyboard.press('Alt+R')
  await focusLandsOn(page, heading(page, 'Photograph the identity card'))

  // Once more to review; a correction; Alt+R now asks, starting on the safe answer.
  await page.keyboard.press('u')
  await chooseFile(page)
  await focusLandsOn(page, heading(page, 'Check the details'))
  const englishName = page.getByRole('textbox', { name: 'English name', exact: true })
  await tabTo(page, englishName)
  await page.keyboard.type('CHAN, Tai-man')
  await page.keyboard.press('Alt+R')
  const ask = page.getByRole('alertdialog', { name: 'Retake the photo?' })
  await focusLandsOn(page, ask.getByRole('button', { name: 'Keep editing' }))
  await page.keyboard.press('Escape')
  await expect(ask).toBeHidden()
  await focusLandsOn(page, englishName)
  await expect(englishName).toHaveValue('CHAN, Tai-man')

  // The back office is out of reach, so only a download hands the record on.
  await page.route('**/api/records', (route) => route.abort())
  // Ctrl+Enter from a button (and from outside the form) confirms.
  await tabTo(page, page.getByRole('button', { name: 'Hide number' }))
  await page.keyboard.press('Control+Enter')
  await focusLandsOn(page, heading(page, 'Details confirmed'))

  // Not handed on yet: Alt+N asks; after the download it does not.
  await page.keyboard.press('Alt+N')
  const leave = page.getByRole('alertdialog', { name: 'Start the next customer?' })
  await focusLandsOn(page, leave.getByRole('button', { name: 'Go back' }))
  await page.keyboard.press('Enter')
  await expect(leave).toBeHidden()
  await tabTo(page, page.getByRole('button', { name: 'Download record (JSON)' }))
  const record = await downloadRecord(page, () => page.keyboard.press('Space'))
  expect(record).toMatchObject({ reference: 'CASE-9', final: { enName: 'CHAN, Tai-man' } })
  await page.keyboard.press('Alt+N')
  await focusLandsOn(page, heading(page, 'Ready for the next customer'))

  // Ready → capture (its one button is the next Tab), then the hand-off to a phone and back.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Start capture' })).toBeFocused()
  await page.keyboard.press('Space')
  await focusLandsOn(page, heading(page, 'Photograph the identity card'))
  await tabTo(page, page.getByRole('button', { name: 'Continue on a phone' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await focusLandsOn(page, heading(page, 'Continue on a phone'))
  await tabTo(page, page.getByRole('button', { name: 'Take the photo here instead' }))
  await page.keyboard.press('Enter')
  await focusLandsOn(page, heading(page, 'Photograph the identity card'))
})

test('an error takes focus to its title; "Retake photo" to capture’s', async ({ page }) => {
  await page.goto('/')
  await tabTo(page, page.getByRole('button', { name: 'Upload a photo instead' }))
  await page.keyboard.press('Enter')
  await setNextOutcome({ error: { code: 'FailedOperation.NoHKIDCard' } })
  await chooseFile(page)
  await focusLandsOn(page, heading(page, 'This does not look like a Hong Kong identity card'))
  await tabTo(page, page.getByRole('button', { name: 'Retake photo' }))
  await page.keyboard.press('Enter')
  await focusLandsOn(page, heading(page, 'Photograph the identity card'))
})
