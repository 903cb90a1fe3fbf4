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
  captured: boolean
  /** From the camera's first frame on the page to the shutter firing by itself. */
  timeToCaptureMs: number | null
  /** The meter's last instruction (data-guidance), and frames measured. */
  guidance: string | null
  frames: number
}

type TimingWindow = { sceneLive?: number }

function observeLive(): void {
  const w = window as unknown as TimingWindow
  new MutationObserver((_, observer) => {
    const video = document.querySelector('video')
    if (!video) return
    observer.disconnect()
    video.requestVideoFrameCallback((now) => (w.sceneLive = now))
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

/** Opens `url` and waits for auto-capture, or for `watchMs` of live camera without it. With `patience`, the watch
 * goes on, up to `patience.ms`, while the meter's guidance is one of `patience.while` (as on a machine too busy
 * to measure frames at their usual rate: no verdict yet, or "ready" with too few steady frames so far). */
export async function runScene(
  page: Page,
  url: string,
  watchMs: number,
  patience: { ms: number; while: readonly string[] } = { ms: watchMs, while: [] },
): Promise<SceneRun> {
  await page.addInitScript(observeLive)
  await page.goto(url)
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
    captured,
    timeToCaptureMs: captured && state.live !== null ? state.capture! - state.live : null,
    guidance: state.seen?.guidance ?? null,
    frames: state.seen?.frames ?? 0,
  }
}
