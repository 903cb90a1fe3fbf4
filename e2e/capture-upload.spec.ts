// The upload fallback: file picker and drag-and-drop reach review; files we cannot use are refused
// with their own message before anything is sent.
import { readFileSync, writeFileSync } from 'node:fs'
import { type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { emulatorStats } from '#testing/e2e/emulator-control.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

async function openUpload(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
}

/** Drops a file on the drop zone the way a browser does: a drop event carrying a DataTransfer. */
async function dropFile(page: Page, bytes: Buffer, name: string, type: string) {
  const dataTransfer = await page.evaluateHandle(
    ({ data, name, type }) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(data)], name, { type }))
      return transfer
    },
    { data: [...bytes], name, type },
  )
  const zone = page.getByTestId('upload-dropzone')
  await zone.dispatchEvent('dragover', { dataTransfer })
  await expect(zone).toContainText('Drop the photo to use it')
  await zone.dispatchEvent('drop', { dataTransfer })
}

test('a photo chosen with the file picker reaches review', async ({ page }) => {
  await openUpload(page)
  await page.getByLabel('Choose a file').setInputFiles(fixtures.cardScene)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
})

test('a photo dropped on the drop zone reaches review', async ({ page }) => {
  await openUpload(page)
  await dropFile(page, readFileSync(fixtures.cardScene), 'card.jpg', 'image/jpeg')
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
})

test('a HEIC photo this browser cannot decode gets a clear message, and nothing is sent', async ({
  page,
}) => {
  await openUpload(page)
  // An ISO-BMFF header with the HEIC brand: what an iPhone writes. Chromium has no HEIC decoder.
  const heic = Buffer.concat([Buffer.from('00000018667479706865696300000000', 'hex'), Buffer.alloc(4000)])
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heic })
  await expect(page.getByTestId('upload-problem-heicUnsupported')).toContainText('cannot open HEIC photos')
  expect((await emulatorStats()).calls).toBe(0)
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
})

test('a file that is not a photo, whatever its name says, is refused', async ({ page }) => {
  await openUpload(page)
  await dropFile(page, Buffer.from('%PDF-1.7 not a photo'), 'card.jpg', 'image/jpeg')
  await expect(page.getByTestId('upload-problem-notImage')).toContainText('not a photo we can read')
  expect((await emulatorStats()).calls).toBe(0)
})

test('a huge file is refused at once, without the page freezing', async ({ page }) => {
  await openUpload(page)
  const huge = Buffer.alloc(51 * 1024 * 1024)
  readFileSync(fixtures.cardScene).copy(huge)
  const path = test.info().outputPath('huge.jpg')
  writeFileSync(path, huge)
  await page.getByLabel('Choose a file').setInputFiles(path)
  await expect(page.getByTestId('upload-problem-tooLarge')).toContainText('over 50 MB')
  // Still responsive: the camera button answers.
  await page.getByRole('button', { name: 'Use the camera' }).click()
  await expect(page.getByTestId('camera-stage')).toBeVisible()
})
