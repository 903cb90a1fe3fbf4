// The photo the browser sends for reading, copied in the page (Chromium does not hand a Blob body to
// Playwright), so a delivery test can compare it byte for byte with the photo the receiver opened.
import type { Page } from '@playwright/test'

/** Call before the page loads; the returned function reads the last photo sent. */
export async function watchSentPhoto(page: Page): Promise<() => Promise<Buffer>> {
  await page.addInitScript(() => {
    const send = window.fetch.bind(window)
    window.fetch = async (input, init) => {
      if (String(input).includes('/api/hkid/recognize') && init?.body instanceof Blob) {
        const bytes = new Uint8Array(await init.body.arrayBuffer())
        let binary = ''
        for (const byte of bytes) binary += String.fromCharCode(byte)
        ;(window as unknown as { sentPhoto: string }).sentPhoto = btoa(binary)
      }
      return send(input, init)
    }
  })
  return async () =>
    Buffer.from(await page.evaluate(() => (window as unknown as { sentPhoto: string }).sentPhoto), 'base64')
}
