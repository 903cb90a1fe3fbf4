// The Playwright `test` every spec uses: the emulator starts each test with no scripted outcomes and no
// recorded calls (a failed test gets the calls that reached it attached), a customer's collection statement is
// agreed to when it shows, and `downloadRecord` saves the done screen's JSON record and parses it.
import { writeFile } from 'node:fs/promises'
import { test as base, expect, type Browser, type Page } from '@playwright/test'
import { verifiedRecordSchema, type VerifiedRecord } from '#src/hkid/verified-record.ts'
import { browserThatAgrees } from './agree-to-statement.ts'
import { emulatorStats, resetEmulator } from './emulator-control.ts'

interface WorkerFixtures {
  /** Pages agree to a customer's collection statement when it shows (testing/e2e/agree-to-statement.ts). */
  browser: Browser
}

interface Fixtures {
  /** Resets the emulator before the test (automatic). */
  freshEmulator: void
  /** Triggers the download (a click or a key press) and returns the saved record, validated. */
  downloadRecord: (page: Page, trigger: () => Promise<void>) => Promise<VerifiedRecord>
}

// Playwright reads a fixture's dependencies from its first parameter's destructuring, so `{}` means "none".
/* eslint-disable no-empty-pattern */
export const test = base.extend<Fixtures, WorkerFixtures>({
  browser: [async ({ browser }, use) => use(browserThatAgrees(browser)), { scope: 'worker' }],
  freshEmulator: [
    async ({}, use, testInfo) => {
      await resetEmulator()
      await use()
      // A failed test says how many calls reached the emulator and what it still had scripted: one upload
      // that got the default answer is then either a second call (pending 0) or a call that went elsewhere.
      if (testInfo.status !== testInfo.expectedStatus) {
        const { calls, arrivals, requestIds, pending } = await emulatorStats()
        // A file beside the trace (a body attachment would only be inside the report).
        const path = testInfo.outputPath('emulator-calls.json')
        await writeFile(path, JSON.stringify({ calls, pending, arrivals, requestIds }, null, 2))
        await testInfo.attach('emulator-calls', { path, contentType: 'application/json' })
      }
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
