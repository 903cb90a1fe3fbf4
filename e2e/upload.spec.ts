// The upload path: a 12 MP phone photo with EXIF orientation and GPS is compressed in the browser
// before it leaves; what reaches the endpoint is smaller, upright, ≤ 2048 px and carries no metadata.
import { statSync } from 'node:fs'
import { expect, test } from '#testing/e2e/test.ts'
import { hasExif, hasXmp, jpegSize } from '#testing/jpeg/jpeg-segments.ts'
import { lastUpstreamImage } from '#testing/e2e/emulator-control.ts'
import { generated } from '#testing/fixtures/fixture-files.ts'

test('a large phone photo is compressed, stripped of EXIF and sent upright', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()

  await page.getByLabel('Choose a file').setInputFiles(generated.phonePhoto12mp)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  // Exactly what reached the recognizer through our endpoint.
  const body = await lastUpstreamImage()

  const original = statSync(generated.phonePhoto12mp).size
  expect(body.length).toBeLessThan(original)
  expect(body.length).toBeLessThanOrEqual(1024 * 1024)
  expect(hasExif(body)).toBe(false)
  expect(hasXmp(body)).toBe(false)
  expect(body.includes(Buffer.from('SyntheticPhone'))).toBe(false)
  const size = jpegSize(body)
  expect(size).not.toBeNull()
  // Stored 4000 × 3000 with orientation 6: upright it is portrait.
  expect(size!.height).toBe(2048)
  expect(size!.width).toBe(1536)
})
