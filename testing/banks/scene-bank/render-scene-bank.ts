// Draws a planned scene losslessly in the browser, then makes its two camera feeds in Node: full range (the
// frame as drawn, which Chromium will stretch) and limited range (squeezed into 16–235, which Chromium expands
// back). Each feed: the JPEG frame, a 30-frame MJPEG for the fake camera, and the page's view of it as PNG.
import { join } from 'node:path'
import jpeg from 'jpeg-js'
import { encodeJpeg } from '#server/image/encode-jpeg.ts'
import { PNG } from 'pngjs'
import { mapOnLanes, type BankBrowser } from '#testing/banks/shared/bank-browser.ts'
import { writeAtomic } from '#testing/banks/shared/bank-files.ts'
import type { Quad } from '#testing/banks/shared/geometry.ts'
import type { Split } from '#testing/banks/shared/split.ts'
import type { SceneBankItem, VideoRange } from './scene-manifest.ts'
import type { ScenePlan } from './scene-plan.ts'
import { expandAsLimited, squeezeToLimited } from './video-range.ts'

export const MJPEG_FRAMES = 30
const FEED_QUALITY = 92

interface Rgba {
  data: Uint8Array | Uint8ClampedArray
  width: number
  height: number
}

function encodePng({ data, width, height }: Rgba): Buffer {
  const png = new PNG({ width, height })
  png.data.set(data)
  // No row filter: the same pixels, a PNG a quarter larger, written three times and read four times as fast.
  return PNG.sync.write(png, { colorType: 2, filterType: 0 })
}

/** The frame a camera in this range sends for the drawn scene, and what the page then sees. */
export function cameraFeed(scene: Rgba, range: VideoRange): { frame: Uint8Array; page: Rgba } {
  const sent = range === 'limited' ? squeezeToLimited(scene.data) : scene.data
  const frame = encodeJpeg({ data: sent, width: scene.width, height: scene.height }, FEED_QUALITY)
  const decoded = jpeg.decode(frame, { useTArray: true })
  return {
    frame,
    page: { data: expandAsLimited(decoded.data), width: decoded.width, height: decoded.height },
  }
}

export async function renderScenePlan(
  lane: BankBrowser,
  plan: ScenePlan,
  split: Split,
  outDir: string,
): Promise<SceneBankItem> {
  const { def, spec, identity, look } = plan
  const cardJpeg = identity && look ? await lane.renderCard(identity.card, look, def.design) : null
  // The canvas's pixels as they are: a lossless PNG of them cost an encode in the browser and a decode here.
  const rgba = await lane.renderScene(spec, cardJpeg, { type: 'rgba' })
  if (rgba.length !== spec.width * spec.height * 4) throw new Error(`scene ${def.id}: ${rgba.length} bytes`)
  const scene = {
    data: new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.length),
    width: spec.width,
    height: spec.height,
  }
  const feeds = {} as SceneBankItem['feeds']
  for (const range of ['full', 'limited'] as const) {
    const { frame, page } = cameraFeed(scene, range)
    const names = {
      frame: `${def.id}.${range}.jpg`,
      mjpeg: `${def.id}.${range}.mjpeg`,
      page: `${def.id}.${range}.page.png`,
    }
    writeAtomic(join(outDir, names.frame), frame)
    writeAtomic(join(outDir, names.mjpeg), Buffer.concat(Array.from({ length: MJPEG_FRAMES }, () => frame)))
    writeAtomic(join(outDir, names.page), encodePng(page))
    feeds[range] = names
  }
  const round = (v: number) => Math.round(v * 10) / 10
  return {
    id: def.id,
    label: def.label,
    note: def.note,
    split,
    design: identity ? def.design : null,
    width: spec.width,
    height: spec.height,
    card:
      identity && look && spec.corners
        ? {
            look,
            corners: spec.corners.map(([x, y]) => [round(x), round(y)]) as unknown as Quad,
            widthShare:
              Math.round(
                (Math.hypot(
                  spec.corners[1][0] - spec.corners[0][0],
                  spec.corners[1][1] - spec.corners[0][1],
                ) /
                  spec.width) *
                  1000,
              ) / 1000,
            truth: identity.card,
          }
        : null,
    scene: spec,
    feeds,
  }
}

export function renderScenePlans(
  lanes: BankBrowser[],
  plans: readonly ScenePlan[],
  splitOf: (id: string) => Split,
  outDir: string,
  onItem?: (done: number, total: number) => void,
): Promise<SceneBankItem[]> {
  let done = 0
  return mapOnLanes(lanes, plans, async (lane, plan) => {
    const item = await renderScenePlan(lane, plan, splitOf(plan.def.id), outDir)
    onItem?.(++done, plans.length)
    return item
  })
}
