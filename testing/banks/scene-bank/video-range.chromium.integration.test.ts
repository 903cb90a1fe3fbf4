// The scene bank's page frames are a simulation of Chromium's camera path; this holds the simulation to the real
// thing: both feeds of a test frame go through Chromium's fake camera, and the canvas must match the page frame.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { afterAll, describe, expect, it } from 'vitest'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { cameraFeed, MJPEG_FRAMES } from './render-scene-bank.ts'

const W = 1280
const H = 720
const dir = mkdtempSync(join(tmpdir(), 'video-range-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A grey ramp over the top half; colour patches and a pale card-like block below. */
function testFrame(): Uint8Array {
  const data = new Uint8Array(W * H * 4)
  const colours = [
    [200, 60, 60],
    [60, 140, 200],
    [240, 236, 226],
    [120, 108, 92],
    [250, 250, 248],
    [30, 30, 34],
    [226, 214, 240],
    [90, 170, 90],
  ]
  for (let y = 0; y < H; y++)
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 4
      const rgb =
        y < H / 2 ? [0, 0, 0].map(() => Math.round((x / (W - 1)) * 255)) : colours[Math.floor(x / 160)]!
      data.set([...rgb, 255], i)
    }
  return data
}

async function throughChromium(mjpeg: string): Promise<Uint8Array> {
  const browser = await chromium.launch({
    executablePath: chromiumExecutablePath(),
    args: [
      ...chromiumArgs,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${mjpeg}`,
    ],
  })
  try {
    const page = await browser.newPage()
    // getUserMedia needs a secure context; localhost is one, and the route means nothing has to listen there.
    await page.route('http://localhost:4439/', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<html></html>' }),
    )
    await page.goto('http://localhost:4439/')
    const b64 = (await page.evaluate(`(async () => {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { width: ${W}, height: ${H} } })
      const video = document.createElement('video')
      video.muted = true; video.srcObject = stream; await video.play()
      await new Promise((done) => video.requestVideoFrameCallback(() => done()))
      const c = document.createElement('canvas'); c.width = video.videoWidth; c.height = video.videoHeight
      const ctx = c.getContext('2d'); ctx.drawImage(video, 0, 0)
      const bytes = ctx.getImageData(0, 0, c.width, c.height).data
      let s = ''; for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
      return btoa(s)
    })()`)) as string
    return new Uint8Array(Buffer.from(b64, 'base64'))
  } finally {
    await browser.close()
  }
}

describe('the page frame simulation against Chromium 156’s fake camera', () => {
  const scene = { data: testFrame(), width: W, height: H }

  it.each(['full', 'limited'] as const)(
    'matches the canvas for a %s-range feed',
    async (range) => {
      const { frame, page } = cameraFeed(scene, range)
      const mjpeg = join(dir, `${range}.mjpeg`)
      writeFileSync(mjpeg, Buffer.concat(Array.from({ length: MJPEG_FRAMES }, () => frame)))
      const seen = await throughChromium(mjpeg)
      expect(seen.length).toBe(page.data.length)
      let sum = 0
      let big = 0
      for (let i = 0; i < seen.length; i += 4)
        for (let c = 0; c < 3; c++) {
          const d = Math.abs(seen[i + c]! - page.data[i + c]!)
          sum += d
          if (d > 6) big++
        }
      // Chromium subsamples chroma (4:2:0) and rounds in fixed point: small differences, concentrated at edges.
      expect(sum / (W * H * 3)).toBeLessThan(1.5)
      expect(big / (W * H * 3)).toBeLessThan(0.01)
    },
    30_000,
  )
})
