// Offline and flaky networks: with no connection the photo is not lost and nothing claims the file is
// damaged; the user is told, everything typed stays, and the photo goes by itself once the connection is
// back (or at once on "Try again"). A request that never returns is given up at its deadline, said plainly.
import { expect, test } from '#testing/e2e/test.ts'
import { axeViolations } from '#testing/e2e/axe.ts'
import { emulatorStats } from '#testing/e2e/emulator-control.ts'
import { useLanguage } from '#testing/e2e/language.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { clientConfigSchema } from '#src/hkid/client-config.ts'
import { waitingNoteTimes } from '#src/features/recognize/lib/waiting-notes.ts'

test('offline before sending: said so, photo and reference kept, sent by itself when back online', async ({
  page,
  context,
}) => {
  // The photo viewer's code is fetched a second after the camera starts, with review's.
  const viewer = page.waitForResponse((response) => /\/card-photo-[^/]*\.js$/.test(response.url()))
  await page.goto('/')
  await page.getByLabel('Customer reference (optional)').fill('CASE-7')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  // The page has loaded what capture needs; then the connection goes.
  await viewer
  await page.waitForLoadState('networkidle')
  await context.setOffline(true)
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)

  const alert = page.getByTestId('recognize-error')
  await expect(alert).toHaveAttribute('data-code', 'NETWORK')
  await expect(alert).toContainText('You seem to be offline')
  await expect(alert).not.toContainText('damaged')
  await expect(alert.getByTestId('card-photo')).toBeVisible()
  await expect(alert.getByTestId('waiting-for-connection')).toBeVisible()
  await expect(page.getByLabel('Customer reference (optional)')).toHaveValue('CASE-7')
  expect((await emulatorStats()).calls).toBe(0)
  expect(await axeViolations(page)).toEqual([])

  await context.setOffline(false)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  expect((await emulatorStats()).calls).toBe(1)
})

test('offline after a first capture: no endless "Reading the card", and "Try again" works once back', async ({
  page,
  context,
}) => {
  await useLanguage(page, 'zh-HK')
  await page.goto('/')
  await page.getByRole('button', { name: '改為上載相片' }).click()
  await page.getByLabel('選擇檔案').setInputFiles(fixtures.specimenCard)
  await expect(page.getByRole('heading', { name: '核對資料' })).toBeVisible()
  await page.getByRole('button', { name: /重新拍攝/ }).click()

  await context.setOffline(true)
  await page.getByRole('button', { name: '改為上載相片' }).click()
  await page.getByLabel('選擇檔案').setInputFiles(fixtures.specimenCard)
  const alert = page.getByTestId('recognize-error')
  await expect(alert).toHaveAttribute('data-code', 'NETWORK')
  await expect(alert).toContainText('你似乎已離線')
  await expect(page.getByTestId('recognizing-status')).toHaveCount(0)
  // Still offline: trying again says the same, and nothing is lost.
  await alert.getByRole('button', { name: '再試一次' }).click()
  await expect(page.getByTestId('recognize-error')).toHaveAttribute('data-code', 'NETWORK')
  await expect(page.getByTestId('card-photo')).toBeVisible()

  await context.setOffline(false)
  await expect(page.getByRole('heading', { name: '核對資料' })).toBeVisible()
  expect((await emulatorStats()).calls).toBe(2)
})

test('a request that never returns: "still waiting", then said plainly, and "Try again" sends it', async ({
  page,
}) => {
  await page.clock.install()
  await page.route('**/api/hkid/recognize**', () => {
    // Never answered: the connection went silent.
  })
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(page.getByTestId('recognizing-status')).toHaveText('Reading the card…')
  // The notes keep to the server's own deadline; the connection is named only once the server would have answered.
  const config = clientConfigSchema.parse(await (await page.request.get('/api/client-config')).json())
  const [, late, connection] = waitingNoteTimes(config.readingDeadlineMs ?? 10_000)
  // The notes' timers start once the waiting note has loaded and shown its first words: jump only after that,
  // or a busy machine's late-loading note starts its timers after the jump and never reaches the next note.
  await expect(page.getByTestId('recognizing-slow')).toContainText('This usually takes a few seconds')
  await page.clock.fastForward(late!.atMs + 100)
  await expect(page.getByTestId('recognizing-slow')).toContainText('Still working')
  await page.clock.fastForward(connection!.atMs - late!.atMs)
  await expect(page.getByTestId('recognizing-slow')).toContainText('Still waiting for an answer')
  await page.clock.fastForward(config.recognizeDeadlineMs - connection!.atMs + 1_000)
  const alert = page.getByTestId('recognize-error')
  await expect(alert).toHaveAttribute('data-code', 'REQUEST_TIMEOUT')
  await expect(alert).toContainText('The photo took too long to send')
  await expect(alert.getByTestId('card-photo')).toBeVisible()

  await page.unroute('**/api/hkid/recognize**')
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
})
