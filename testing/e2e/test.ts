// The Playwright `test` every spec uses: the emulator starts each test with no scripted outcomes and no
// recorded calls, and `downloadRecord` saves the done screen's JSON record and parses it.
import { test as base, expect, type Page } from '@playwright/test'
import { verifiedRecordSchema, type VerifiedRecord } from '#src/hkid/verified-record.ts'
import { resetEmulator } from './emulator-control.ts'

interface Fixtures {
  /** Resets the emulator before the test (automatic). */
  freshEmulator: void
  /** Triggers the download (a click or a key press) and returns the saved record, validated. */
  downloadRecord: (page: Page, trigger: () => Promise<void>) => Promise<VerifiedRecord>
}

// Playwright reads a fixture's dependencies from its first parameter's destructuring, so `{}` means "none".
/* eslint-disable no-empty-pattern */
export const test = base.extend<Fixtures>({
  freshEmulator: [
    async ({}, use) => {
      await resetEmulator()
      await use()
    },
    { auto: true },
  ],
  downloadRecord: async ({}, use) => {
    await use(async (page, trigger) => {
      const [download] = await Promise.all([page.waitForEvent('download'), trigger()])
      const chunks: Buffer[] = []
      for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer))
      return verifiedRecordSchema.parse(JSON.parse(Buffer.concat(chunks).toString('utf8')))
    })
  },
})

/* eslint-enable no-empty-pattern */

export { expect }

/** The done screen's download button, clicked. */
export const clickDownload = (page: Page) => () =>
  page.getByRole('button', { name: /Download record|下載紀錄/ }).click()
