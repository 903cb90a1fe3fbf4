// "Next customer" leaves nothing of the last one behind: no storage, no IndexedDB, no live camera.
import { expect, test } from '#testing/e2e/test.ts'

test.beforeEach(async ({ page }) => {
  // Keep every camera stream the page opens, to check none is left live.
  await page.addInitScript(() => {
    const streams: MediaStream[] = []
    ;(window as unknown as { __streams: MediaStream[] }).__streams = streams
    const original = navigator.mediaDevices?.getUserMedia?.bind(navigator.mediaDevices)
    if (original) {
      navigator.mediaDevices.getUserMedia = async (constraints) => {
        const stream = await original(constraints)
        streams.push(stream)
        return stream
      }
    }
  })
})

test('next customer leaves no storage, no IndexedDB and no live camera track', async ({ page }) => {
  // The back office is out of reach, so the record is not handed on anywhere.
  await page.route('**/api/records', (route) => route.abort())
  await page.goto('/')
  // The sharp feed auto-captures.
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  await page.getByRole('button', { name: /Confirm details/ }).click()
  await expect(page.getByRole('heading', { name: 'Details confirmed' })).toBeVisible()
  // Not downloaded, not accepted by the back office: Alt+N asks first.
  await expect(page.getByTestId('webhook-state')).toContainText('Not sent to your back office')
  await page.keyboard.press('Alt+N')
  const ask = page.getByRole('alertdialog', { name: 'Start the next customer?' })
  await expect(ask.getByRole('button', { name: 'Go back' })).toBeFocused()
  await ask.getByRole('button', { name: 'Next customer anyway' }).click()

  await expect(page.getByRole('heading', { name: 'Ready for the next customer' })).toBeVisible()
  await expect(page.getByText('A123456(3)')).toHaveCount(0)
  const leftovers = await page.evaluate(async () => ({
    session: sessionStorage.length,
    local: Object.keys(localStorage).filter((key) => !key.startsWith('hkid-capture.pref.')),
    localValues: Object.values(localStorage).join('|'),
    databases: (await indexedDB.databases()).length,
    liveTracks: (window as unknown as { __streams: MediaStream[] }).__streams
      .flatMap((stream) => stream.getTracks())
      .filter((track) => track.readyState === 'live').length,
    streamsOpened: (window as unknown as { __streams: MediaStream[] }).__streams.length,
  }))
  expect(leftovers).toMatchObject({ session: 0, local: [], databases: 0, liveTracks: 0 })
  expect(leftovers.streamsOpened).toBeGreaterThan(0)
  expect(leftovers.localValues).not.toMatch(/A123456|CHAN|陳/)
})
