// compressImage() in real Chromium with its real bundled worker (testing/compress-check/compress-check.html), checked on
// the output bytes: JPEG, no EXIF/GPS/XMP, upright, long edge ≤ 2048, ≤ 1 MiB, the card still ≥ 1000 px wide.
import { type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import type { StaticServer } from '#testing/browser/serve-static.ts'
import { serveCompressCheck } from '#testing/compress-check/serve-compress-check.ts'
import type {
  Box,
  CheckResult,
  CompressCheckApi,
  MadeInput,
} from '#testing/compress-check/compress-check-api.ts'
import { hasExif, hasXmp, jpegSize, metadataSegments } from '#testing/jpeg/jpeg-segments.ts'
import { ID1_ASPECT } from '#src/hkid/id1-card.ts'
import { makePhonePhoto, PHONE_PHOTO_EXIF, type Orientation } from '#testing/fixtures/fixture-files.ts'

const MiB = 1024 * 1024
const TIMEOUT_MS = 20_000
const PHOTOS = [
  { name: '12 MP', width: 3000, height: 4000, orientations: [1, 3, 6, 8] as Orientation[] },
  { name: '24 MP', width: 4000, height: 6000, orientations: [6, 8] as Orientation[] },
]
const photoKey = (width: number, height: number, o: Orientation) => `photo-${width}x${height}-o${o}.jpg`

let server: StaticServer

test.beforeAll(async () => {
  test.setTimeout(300_000) // first run renders the noisy phone photos (cached in testing/.generated afterwards)
  const inputs: Record<string, string> = {}
  for (const p of PHOTOS)
    for (const orientation of p.orientations)
      inputs[photoKey(p.width, p.height, orientation)] = await makePhonePhoto({
        orientation,
        width: p.width,
        height: p.height,
      })
  server = await serveCompressCheck(inputs)
})

test.afterAll(async () => server?.close())

type Api = { compressCheck: CompressCheckApi }

async function openCheckPage(page: Page) {
  await page.goto(`${server.origin}/compress-check.html`)
  await page.waitForFunction(() => 'compressCheck' in window)
}

function load(page: Page, file: string) {
  return page.evaluate(([f, o]) => (window as unknown as Api).compressCheck.load(f, `${o}/inputs/${f}`), [
    file,
    server.origin,
  ] as const)
}

function compress(page: Page, name: string, options?: { maxBytes?: number }): Promise<CheckResult> {
  return page.evaluate(([n, t, o]) => (window as unknown as Api).compressCheck.compress(n, t, o), [
    name,
    TIMEOUT_MS,
    options,
  ] as const)
}

/** The output's bytes meet every guarantee; returns them with the decoded size. */
function expectUploadReady(result: CheckResult, maxBytes = MiB) {
  if (!result.ok) throw new Error(`compress failed: ${result.name}: ${result.message}`)
  const bytes = new Uint8Array(Buffer.from(result.base64, 'base64'))
  expect(result.type).toBe('image/jpeg')
  expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
  expect(hasExif(bytes)).toBe(false)
  expect(hasXmp(bytes)).toBe(false)
  // Only what the encoder writes itself: JFIF (APP0) and its sRGB ICC profile (APP2) — no APP1 (EXIF, XMP),
  // no other APPn, no comments.
  const kept = metadataSegments(bytes).map((s) =>
    s.marker === 0xe2
      ? `ICC:${Buffer.from(bytes.subarray(s.dataOffset, s.dataOffset + 11)).toString('latin1')}`
      : s.marker,
  )
  expect(kept.filter((k) => k !== 0xe0 && k !== 'ICC:ICC_PROFILE')).toEqual([])
  expect(Buffer.from(bytes).includes(PHONE_PHOTO_EXIF.make)).toBe(false)
  expect(jpegSize(bytes)).toEqual({ width: result.width, height: result.height })
  expect(Math.max(result.width, result.height)).toBeLessThanOrEqual(2048)
  expect(bytes.length).toBe(result.bytes)
  expect(bytes.length).toBeLessThanOrEqual(maxBytes)
  return result
}

/** A box on the card (fractions of the card) as fractions of an upright phone photo of `aspect` w/h. */
function onCard(photoAspect: number, box: Box): Box {
  const cw = 0.85
  const ch = (cw * photoAspect) / ID1_ASPECT
  return { x: (1 - cw) / 2 + box.x * cw, y: (1 - ch) / 2 + box.y * ch, w: box.w * cw, h: box.h * ch }
}

// The big dark portrait sits low on the card's left; upside down it would be top right, mirrored low right.
const PORTRAIT = { x: 0.08, y: 0.7, w: 0.2, h: 0.14 }
const PORTRAIT_ROTATED = { x: 0.72, y: 0.16, w: 0.2, h: 0.14 }
const PORTRAIT_MIRRORED = { x: 0.72, y: 0.7, w: 0.2, h: 0.14 }

async function expectUprightCard(page: Page, photoAspect: number, cardCenterY: number) {
  const [portrait, rotated, mirrored] = await page.evaluate(
    (boxes) => (window as unknown as Api).compressCheck.luma(boxes),
    [PORTRAIT, PORTRAIT_ROTATED, PORTRAIT_MIRRORED].map((b) => onCard(photoAspect, b)),
  )
  expect(portrait! + 40).toBeLessThan(rotated!)
  expect(portrait! + 40).toBeLessThan(mirrored!)
  const span = await page.evaluate(
    (y) => (window as unknown as Api).compressCheck.brightSpan(y, 160),
    cardCenterY,
  )
  return span.right - span.left + 1
}

for (const photo of PHOTOS)
  for (const orientation of photo.orientations)
    test(`${photo.name} phone photo, EXIF orientation ${orientation} + GPS → upright, clean, small JPEG`, async ({
      page,
    }) => {
      await openCheckPage(page)
      const file = photoKey(photo.width, photo.height, orientation)
      await load(page, file)
      const result = expectUploadReady(await compress(page, file))
      const expectedWidth = Math.round((2048 * photo.width) / photo.height)
      expect({ width: result.width, height: result.height }).toEqual({ width: expectedWidth, height: 2048 })
      const cardWidth = await expectUprightCard(page, photo.width / photo.height, 0.5)
      expect(cardWidth).toBeGreaterThanOrEqual(1000)
      expect(Math.abs(cardWidth - 0.85 * result.width)).toBeLessThan(0.03 * result.width)
    })

test('camera path: an ImageBitmap with the guide crop is compressed in the worker, card filling the output', async ({
  page,
}) => {
  await openCheckPage(page)
  const file = photoKey(3000, 4000, 6)
  await load(page, file)
  const card = onCard(3000 / 4000, { x: -0.03, y: -0.05, w: 1.06, h: 1.1 })
  const result = expectUploadReady(
    await page.evaluate(([f, c, t]) => (window as unknown as Api).compressCheck.compressBitmap(f, c, t), [
      file,
      card,
      TIMEOUT_MS,
    ] as const),
  )
  expect(result.width).toBe(2048)
  expect(result.width / result.height).toBeCloseTo((3000 * card.w) / (4000 * card.h), 1)
  // Card fractions → fractions of the crop (which adds 3% / 5% margins around the card).
  const inCrop = (b: Box): Box => ({
    x: (b.x + 0.03) / 1.06,
    y: (b.y + 0.05) / 1.1,
    w: b.w / 1.06,
    h: b.h / 1.1,
  })
  const [portrait, rotated] = await page.evaluate(
    (boxes) => (window as unknown as Api).compressCheck.luma(boxes),
    [inCrop(PORTRAIT), inCrop(PORTRAIT_ROTATED)],
  )
  expect(portrait! + 40).toBeLessThan(rotated!)
})

test('over the byte budget: exactly one more encode, computed from the first, lands under it', async ({
  page,
}) => {
  await openCheckPage(page)
  const file = photoKey(3000, 4000, 6)
  await load(page, file)
  const result = expectUploadReady(await compress(page, file, { maxBytes: 200_000 }), 200_000)
  expect(result.ok && result.encodes).toBe(2)
  await expectUprightCard(page, 3 / 4, 0.5)
})

test('without OffscreenCanvas: the main-thread fallback gives the same guarantees, and no worker starts', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>
    w.HiddenOffscreenCanvas = w.OffscreenCanvas
    delete w.OffscreenCanvas
  })
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await openCheckPage(page)
  expect(await page.evaluate(() => typeof OffscreenCanvas)).toBe('undefined')
  const file = photoKey(3000, 4000, 6)
  await load(page, file)
  const result = expectUploadReady(await compress(page, file))
  expect({ width: result.width, height: result.height }).toEqual({ width: 1536, height: 2048 })
  await expectUprightCard(page, 3 / 4, 0.5)
  expect(workers).toEqual([])
})

const MADE: { kind: MadeInput; expected: { width: number; height: number }; cardWidthAtLeast?: number }[] = [
  { kind: 'png-screenshot', expected: { width: 2048, height: 1280 }, cardWidthAtLeast: 1000 },
  { kind: 'webp-photo', expected: { width: 2048, height: 1365 }, cardWidthAtLeast: 1000 },
  { kind: 'one-pixel', expected: { width: 1, height: 1 } },
  { kind: 'strip-20000x200', expected: { width: 2048, height: 20 } },
]

for (const { kind, expected, cardWidthAtLeast } of MADE)
  test(`${kind} → clean JPEG of ${expected.width}×${expected.height}`, async ({ page }) => {
    await openCheckPage(page)
    const made = await page.evaluate(([k, url]) => (window as unknown as Api).compressCheck.make(k, url), [
      kind,
      `${server.origin}/inputs/specimen-card.jpg`,
    ] as const)
    expect(made.type).toBe(
      kind === 'webp-photo' ? 'image/webp' : kind.startsWith('strip') ? 'image/jpeg' : 'image/png',
    )
    const result = expectUploadReady(await compress(page, kind))
    expect({ width: result.width, height: result.height }).toEqual(expected)
    if (cardWidthAtLeast) {
      // The card's vertical middle, in each made input's layout (see compress-check-page.ts).
      const y = kind === 'png-screenshot' ? (300 + 540) / 1600 : (200 + 820) / 2000
      const span = await page.evaluate(
        (row) => (window as unknown as Api).compressCheck.brightSpan(row, 160),
        y,
      )
      expect(span.right - span.left + 1).toBeGreaterThanOrEqual(cardWidthAtLeast)
    }
  })

// Built in the page from the served 12 MP photo: `end` bytes of it (0.5 = half), or pseudo-random bytes.
const CORRUPT: { name: string; end?: number; random?: number }[] = [
  { name: 'random bytes named .jpg', random: 5000 },
  { name: 'a JPEG cut in half', end: 0.5 },
  { name: 'a JPEG header with no image data', end: 3000 },
  { name: 'an empty file', random: 0 },
]

for (const { name, end, random } of CORRUPT)
  test(`corrupt input (${name}) → a clear CompressError, no hang`, async ({ page }) => {
    await openCheckPage(page)
    const url = `${server.origin}/inputs/${photoKey(3000, 4000, 1)}`
    await page.evaluate(
      async ([u, e, r]) => {
        const photo = new Uint8Array(await (await fetch(u)).arrayBuffer())
        const bytes =
          e === undefined
            ? Array.from({ length: r ?? 0 }, (_, i) => (i * 7919) % 251)
            : Array.from(photo.subarray(0, e < 1 ? Math.floor(photo.length * e) : e))
        ;(window as unknown as Api).compressCheck.loadBytes('bad', bytes, 'image/jpeg')
      },
      [url, end, random] as const,
    )
    const started = Date.now()
    const result = await compress(page, 'bad')
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS)
    expect(result).toMatchObject({ ok: false, name: 'CompressError', reason: 'unreadable' })
    expect(result.ok || result.message).toMatch(/could not be decoded/)
  })

test('a JPEG whose header claims 60000 × 60000 px is refused before decoding: too large, no hang', async ({
  page,
}) => {
  await openCheckPage(page)
  const bomb = [0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0xea, 0x60, 0xea, 0x60, 1, 1, 0x11, 0, 0xff, 0xd9]
  await page.evaluate(
    (b) => (window as unknown as Api).compressCheck.loadBytes('bomb', b, 'image/jpeg'),
    bomb,
  )
  expect(await compress(page, 'bomb')).toMatchObject({
    ok: false,
    name: 'CompressError',
    reason: 'too-large',
  })
})

test('after a corrupt file the worker still compresses the next image', async ({ page }) => {
  await openCheckPage(page)
  await page.evaluate(() =>
    (window as unknown as Api).compressCheck.loadBytes('bad', [1, 2, 3], 'image/jpeg'),
  )
  expect(await compress(page, 'bad')).toMatchObject({ ok: false })
  await load(page, photoKey(3000, 4000, 1))
  expectUploadReady(await compress(page, photoKey(3000, 4000, 1)))
})
