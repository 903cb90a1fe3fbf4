// The live camera on the sharp card feed: auto-capture, the setting that turns it off, operator keys,
// self-service mode, and every camera failure with its own message and a way forward.
import { type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { jpegSize } from '#testing/jpeg/jpeg-segments.ts'
import { emulatorStats, lastUpstreamImage } from '#testing/e2e/emulator-control.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'

const review = (page: Page) => page.getByRole('heading', { name: 'Check the details' })

type Hooks = { startCamera: () => void; lastTrack: MediaStreamTrack }

/** Holds getUserMedia back until `startCamera()` and keeps the video track, so a test can act first. */
async function holdCamera(page: Page) {
  await page.addInitScript(() => {
    const hooks = window as unknown as Hooks
    const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
    navigator.mediaDevices.getUserMedia = async (constraints) => {
      await new Promise<void>((go) => (hooks.startCamera = go))
      const stream = await original(constraints)
      hooks.lastTrack = stream.getVideoTracks()[0]!
      return stream
    }
  })
}

/** Turns auto-capture off with its key before the camera starts, then starts the camera. */
async function startWithAutoCaptureOff(page: Page) {
  await holdCamera(page)
  await page.goto('/')
  await page.keyboard.press('a')
  await expect(page.getByRole('switch', { name: 'Auto-capture' })).toHaveAttribute('aria-checked', 'false')
  await page.waitForFunction(() => typeof (window as unknown as Hooks).startCamera === 'function')
  await page.evaluate(() => (window as unknown as Hooks).startCamera())
  await expect(page.getByTestId('guidance')).toHaveText('Looks good — take the photo')
}

test('a sharp, steady card is captured by itself after a visible countdown, cropped to the guide', async ({
  page,
}) => {
  await page.goto('/')
  // The cue: the guide turns green and a countdown runs before the shutter fires.
  await expect(page.getByTestId('card-guide')).toHaveAttribute('data-tone', 'ready')
  await expect(review(page)).toBeVisible()
  expect((await emulatorStats()).calls).toBe(1)
  const sent = jpegSize(await lastUpstreamImage())
  expect(sent!.width / sent!.height).toBeCloseTo(ID1_ASPECT, 1)
  expect(sent!.width).toBeGreaterThan(1000)
})

test('with auto-capture off the card waits for the operator, who takes it with the C key', async ({
  page,
}) => {
  await startWithAutoCaptureOff(page)
  await expect(page.getByText('Keyboard shortcuts')).toBeVisible()
  // The meter judges the card ready to take, and keeps measuring well past the steady run (≈ 1 s, a
  // dozen frames) after which auto-capture would have fired: still on capture.
  const stage = page.getByTestId('camera-stage')
  await expect(stage).toHaveAttribute('data-guidance', 'readyManual')
  const frames = async () => Number(await stage.getAttribute('data-meter-frames'))
  const start = await frames()
  await expect.poll(frames, { timeout: 20_000 }).toBeGreaterThanOrEqual(start + 30)
  await expect(stage).toHaveAttribute('data-guidance', 'readyManual')
  await expect(page.getByRole('heading', { name: 'Photograph the identity card' })).toBeVisible()
  await page.keyboard.press('c')
  await expect(review(page)).toBeVisible()
})

test("a customer's camera fills the screen with one instruction and a large shutter", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/?journey=customer')
  const dialog = page.getByRole('dialog', { name: 'Photograph the identity card' })
  await expect(dialog).toBeVisible()
  const box = await dialog.boundingBox()
  expect(box!.width).toBe(360)
  expect(box!.height).toBe(740)
  const shutter = dialog.getByRole('button', { name: 'Take photo' })
  expect((await shutter.boundingBox())!.width).toBeGreaterThanOrEqual(72)
  await expect(dialog.getByTestId('guidance')).toHaveCount(1)
  // Auto-capture, the photo shown before it is sent, then the customer's own review.
  await page.getByRole('button', { name: 'Use this photo' }).click()
  await expect(page.getByRole('heading', { name: 'Check your details' })).toBeVisible()
})

async function failCamera(page: Page, name: string, times = 1000) {
  await page.addInitScript(
    ([errorName, failures]) => {
      let left = failures
      const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
      navigator.mediaDevices.getUserMedia = (constraints) =>
        left-- > 0 ? Promise.reject(new DOMException('simulated', errorName)) : original(constraints)
    },
    [name, times] as const,
  )
}

test('over-constrained once: a looser request still starts the camera', async ({ page }) => {
  await failCamera(page, 'OverconstrainedError', 1)
  await page.goto('/')
  await expect(review(page)).toBeVisible()
})

test('over-constrained at every size: says so, offers retry, a phone, and upload', async ({ page }) => {
  await failCamera(page, 'OverconstrainedError')
  await page.goto('/')
  const notice = page.getByTestId('camera-problem-overconstrained')
  await expect(notice).toContainText('This camera cannot take the photo')
  await expect(page.getByRole('button', { name: 'Try the camera again' })).toBeVisible()
  await expect(notice.getByRole('button', { name: 'Continue on a phone' })).toBeVisible()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)
  await expect(review(page)).toBeVisible()
})

test('camera in use by another app: says so, and retry starts it once it is free', async ({ page }) => {
  await failCamera(page, 'NotReadableError', 1)
  await page.goto('/')
  await expect(page.getByTestId('camera-problem-inUse')).toContainText('The camera is in use')
  await page.getByRole('button', { name: 'Try the camera again' }).click()
  await expect(review(page)).toBeVisible()
})

test('insecure context (HTTP on a LAN address): says so and offers upload', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'isSecureContext', { value: false }))
  await page.goto('/')
  await expect(page.getByTestId('camera-problem-insecure')).toContainText('needs a secure connection')
  await expect(page.getByRole('button', { name: 'Try the camera again' })).toHaveCount(0)
  await expect(page.getByLabel('Choose a file')).toBeAttached()
})

test('the camera track ends mid-capture: says so, and retry brings the camera back', async ({ page }) => {
  await startWithAutoCaptureOff(page)
  await page.evaluate(() => (window as unknown as Hooks).lastTrack.dispatchEvent(new Event('ended')))
  await expect(page.getByTestId('camera-problem-ended')).toContainText('The camera stopped')
  await page.getByRole('button', { name: 'Try the camera again' }).click()
  await page.waitForFunction(() => typeof (window as unknown as Hooks).startCamera === 'function')
  await page.evaluate(() => (window as unknown as Hooks).startCamera())
  await page.getByRole('button', { name: 'Take photo' }).click()
  await expect(review(page)).toBeVisible()
})

test('leaving capture stops the camera track', async ({ page }) => {
  await startWithAutoCaptureOff(page)
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await expect(page.getByTestId('upload-dropzone')).toBeVisible()
  const state = await page.evaluate(() => (window as unknown as Hooks).lastTrack.readyState)
  expect(state).toBe('ended')
})
