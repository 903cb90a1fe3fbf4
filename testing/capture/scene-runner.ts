// One scene of the scene bank through the real app: Chromium's fake camera plays the scene's feed, and
// we watch whether auto-capture fires, how long after the camera went live, and what the meter says.
// Shared by the Playwright scenes (e2e/scene-bank.spec.ts) and `npm run bench`.
import { chromium, type Browser, type Page } from '@playwright/test'
import { renameSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { SCENE_BANK_DIR } from '#testing/banks/scene-bank/make-scene-bank.ts'
import type { SceneBankItem } from '#testing/banks/scene-bank/scene-manifest.ts'
import { fakeCameraArgs } from '#testing/fixtures/fixture-files.ts'

export type Feed = 'full' | 'limited'

export interface SceneRun {
  /** The camera showed no frame at first and was opened once more */
  reopened: boolean
  captured: boolean
  /** From the camera's first frame on the page to the shutter firing by itself. */
  timeToCaptureMs: number | null
  /** The meter's last instruction (data-guidance), and frames measured. */
  guidance: string | null
  frames: number
}

type TimingWindow = { sceneLive?: number }

/** The first frame shown by any video the page puts up: a preview replaced before its first frame (the camera
 *  asked again) must not leave the watch waiting on a video that is gone. */
function observeLive(): void {
  const w = window as unknown as TimingWindow
  const watched = new WeakSet<HTMLVideoElement>()
  new MutationObserver((_, observer) => {
    if (w.sceneLive !== undefined) return observer.disconnect()
    for (const video of document.querySelectorAll('video')) {
      if (watched.has(video)) continue
      watched.add(video)
      video.requestVideoFrameCallback((now) => (w.sceneLive ??= now))
    }
  }).observe(document, { subtree: true, childList: true })
}

/** A browser whose camera plays this scene's feed (the fake camera is set per launch). */
export function launchSceneBrowser(item: SceneBankItem, feed: Feed): Promise<Browser> {
  const executablePath = chromiumExecutablePath()
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, ...fakeCameraArgs(join(SCENE_BANK_DIR, item.feeds[feed].mjpeg))],
  })
}

/** One browser for many scenes: its fake camera reads a symlink, which Chromium opens afresh each time a page
 * starts the camera, so `play` (before the scene's context opens) changes the feed without a launch per scene. */
export async function launchSwitchableSceneBrowser(dir: string): Promise<{
  browser: Browser
  play: (item: SceneBankItem, feed: Feed) => void
}> {
  const link = join(dir, 'scene-feed.mjpeg')
  // Replaced by a rename, so the camera never finds the link missing.
  const play = (item: SceneBankItem, feed: Feed) => {
    rmSync(`${link}.next`, { force: true })
    symlinkSync(join(SCENE_BANK_DIR, item.feeds[feed].mjpeg), `${link}.next`)
    renameSync(`${link}.next`, link)
  }
  const executablePath = chromiumExecutablePath()
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, ...fakeCameraArgs(link)],
  })
  return { browser, play }
}

/** How long the camera may take to show its first frame: far longer than a loaded machine needs to open it. */
const FIRST_FRAME_MS = 20_000

/** Lets the page's camera go before its context closes, so the browser has closed the fake camera's file before
 *  the next scene's page opens it (a camera still closing is joined rather than opened afresh, and its stream
 *  may never show a frame). */
export async function releaseCamera(page: Page): Promise<void> {
  await page
    .evaluate(() => {
      for (const video of document.querySelectorAll('video'))
        if (video.srcObject instanceof MediaStream)
          for (const track of video.srcObject.getTracks()) track.stop()
    })
    .catch(() => undefined)
}

/** Opens `url` and waits for auto-capture, or for `watchMs` of live camera without it. With `patience`, the watch
 * goes on, up to `patience.ms`, while the meter's guidance is one of `patience.while` (as on a machine too busy
 * to measure frames at their usual rate: no verdict yet, or "ready" with too few steady frames so far). A camera
 * that shows no frame within FIRST_FRAME_MS is opened once more (the page reloaded, as a person would); twice
 * without a frame throws, saying so. */
export async function runScene(
  page: Page,
  url: string,
  watchMs: number,
  patience: { ms: number; while: readonly string[] } = { ms: watchMs, while: [] },
): Promise<SceneRun> {
  await page.addInitScript(observeLive)
  await page.goto(url)
  let reopened = false
  for (;;) {
    const live = await page
      .waitForFunction(() => (window as unknown as TimingWindow).sceneLive !== undefined, undefined, {
        timeout: FIRST_FRAME_MS,
      })
      .then(
        () => true,
        () => false,
      )
    if (live) break
    if (reopened) throw new Error(`the camera showed no frame within ${FIRST_FRAME_MS} ms, opened twice`)
    reopened = true
    await releaseCamera(page)
    await page.reload()
  }
  // Watched in the page, every frame: the meter's last instruction is kept as it goes (the stage leaves the
  // page once the photo is taken), and the wait ends the frame the photo is taken or the watch is over.
  const handle = await page.waitForFunction(
    ([watch, verdict, unsettled]) => {
      const w = window as unknown as TimingWindow & { sceneSeen?: { guidance: string; frames: number } }
      const stage = document.querySelector('[data-testid="camera-stage"]')
      const guidance = stage?.getAttribute('data-guidance')
      if (guidance) w.sceneSeen = { guidance, frames: Number(stage?.getAttribute('data-meter-frames') ?? 0) }
      const capture = performance.getEntriesByName('hkid:capture')[0]?.startTime ?? null
      const watched = w.sceneLive === undefined ? 0 : performance.now() - w.sceneLive
      const unsettledNow = unsettled.includes(w.sceneSeen?.guidance ?? 'measuring')
      if (
        capture === null &&
        (w.sceneLive === undefined || watched < watch || (unsettledNow && watched < verdict))
      )
        return false
      return { live: w.sceneLive ?? null, capture, seen: w.sceneSeen ?? null }
    },
    [watchMs, patience.ms, patience.while] as const,
    { polling: 'raf', timeout: 0 },
  )
  const state = (await handle.jsonValue()) as {
    live: number | null
    capture: number | null
    seen: { guidance: string; frames: number } | null
  }
  await handle.dispose()
  const captured = state.capture !== null
  return {
    reopened,
    captured,
    timeToCaptureMs: captured && state.live !== null ? state.capture! - state.live : null,
    guidance: state.seen?.guidance ?? null,
    frames: state.seen?.frames ?? 0,
  }
}
