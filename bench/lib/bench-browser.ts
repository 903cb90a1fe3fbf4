// Headless Chromium with the fake camera on the sharp card feed, as the e2e `camera` project runs it.
// Each measured run gets a fresh context: a cold HTTP cache and no remembered settings.
import { chromium, type Browser, type BrowserContext } from '@playwright/test'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { ensureGeneratedFixtures, fakeCameraArgs, generated } from '#testing/fixtures/fixture-files.ts'

export async function launchCameraBrowser(mjpeg: string = generated.cardMjpeg): Promise<Browser> {
  await ensureGeneratedFixtures()
  const executablePath = chromiumExecutablePath()
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, ...fakeCameraArgs(mjpeg)],
  })
}

/** A desktop operator's window, English, camera allowed. */
export function freshContext(browser: Browser, origin: string): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: origin,
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
    permissions: ['camera'],
  })
}

/** Holds getUserMedia until `window.benchStartCamera()` so a test can turn auto-capture off first. */
export function holdCameraScript(): void {
  const w = window as unknown as { benchStartCamera?: () => void }
  const original = navigator.mediaDevices.getUserMedia.bind(navigator.mediaDevices)
  navigator.mediaDevices.getUserMedia = async (constraints) => {
    await new Promise<void>((go) => (w.benchStartCamera = go))
    return original(constraints)
  }
}
