// Reading on the customer's own device (READ_ON), end to end from a capture link. With `device`, a card of someone
// other than the specimen is read in the browser and reaches review with its holder's fields, and no request
// carries the image: every request the page makes is watched (bodies and their JPEG/PNG magic), and the app's own
// request log (path and byte count per line) shows the same; the sealed record arrives with `reader: device`.
// With `auto`, a browser without WebAssembly, and a model download that fails, fall back to the server (which
// answers the specimen through the emulator); with `device` only, a failed download says so plainly. Each test
// starts its own app (READ_ON differs) and reference receiver on free ports.
import type { BrowserContext, Page } from '@playwright/test'
import { mintCaptureToken } from '#server/access/capture-token.ts'
import { sealedContentSchema } from '#src/hkid/record-delivery-contract.ts'
import { strings, usePhoto } from '#testing/e2e/desk-handoff-pages.ts'
import { readerCard } from '#testing/e2e/reader-cards.ts'
import { expect, test } from '#testing/e2e/test.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { ownApps } from '#testing/e2e/own-app.ts'
import type { AppProcess } from '#testing/records/app-process.ts'
import { freePort, type ReceiverProcess } from '#testing/records/receiver-process.ts'

test.describe.configure({ timeout: 180_000 })

const s = strings.en
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'en' }
const TOKEN_SECRET = 'e2e-device-reading-token-secret-012345678'
const card = readerCard('upload')
/** Larger than any request of ours but the sealed record; far smaller than any photo of a card. */
const SMALL_BODY = 4096
/** The models are many megabytes: their first download on a busy 2-core machine takes its time. */
const READ_TIMEOUT = 120_000

const own = ownApps('device-reading')

async function start(readOn: 'device' | 'auto'): Promise<AppProcess> {
  const receiverPort = await freePort()
  await own.receiver(receiverPort)
  return own.app({
    READ_ON: readOn,
    ...own.appEnv({ tokenSecret: TOKEN_SECRET, receiverPort, store: `${readOn}-${Date.now()}` }),
  })
}

interface SentRequest {
  path: string
  method: string
  body: Buffer | null
}

/** Every request any page of the context makes, with its body. */
function watchRequests(context: BrowserContext): SentRequest[] {
  const sent: SentRequest[] = []
  context.on('request', (request) =>
    sent.push({
      path: new URL(request.url()).pathname,
      method: request.method(),
      body: request.postDataBuffer(),
    }),
  )
  return sent
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff])
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47])
/** The magic bytes in the body, or in base64 inside it (a photo in JSON). */
const carriesImage = (body: Buffer) =>
  [JPEG, PNG].some((magic) => {
    const text = body.toString('latin1')
    return body.includes(magic) || text.includes(magic.toString('base64').slice(0, 4))
  })

/** What a request carries in clear: a sealed record's ciphertext is random base64url, where four letters spell a
 * PNG's base64 by chance now and then (its JWE shape is checked below); the rest of the body could carry a photo. */
function inClear(path: string, body: Buffer): Buffer {
  if (path !== '/api/records') return body
  const { jwe, ...rest } = JSON.parse(body.toString('utf8')) as { jwe: string }
  const [header, key, iv, , tag] = jwe.split('.')
  return Buffer.from(JSON.stringify({ ...rest, jwe: [header, key, iv, tag].join('.') }))
}

async function openCustomerLink(context: BrowserContext, app: AppProcess): Promise<Page> {
  const link = await mintCaptureToken({
    secret: TOKEN_SECRET,
    calls: 3,
    lifetimeSeconds: 900,
    journey: 'customer',
  })
  const page = await context.newPage()
  await page.goto(`${app.base}/#token=${link}`)
  return page
}

async function sendPhoto(page: Page, photo: string) {
  await page.getByRole('dialog').getByRole('button', { name: s.capture.uploadInstead }).click()
  await page.getByLabel(s.capture.chooseFile).setInputFiles(photo)
  await usePhoto(page)
}

const fieldValue = (page: Page, field: string) => page.getByTestId(`field-${field}`).locator('input')

/** Sends the record and returns it as the business opened it. */
async function sendAndOpen(page: Page, receiver: ReceiverProcess) {
  await page.getByRole('button', { name: s.customer.review.send }).click()
  await expect(page.getByTestId('customer-ending')).toContainText(s.customer.done.received)
  await expect.poll(() => receiver.records().size, { timeout: 30_000 }).toBe(1)
  return sealedContentSchema.parse([...receiver.records().values()][0])
}

/** The device reader's worker (and the runtime's threads, started from its script) as the page has them. */
const readerWorkers = (page: Page) =>
  page.workers().filter((worker) => /device-reader\.worker-[\w-]+\.js/.test(worker.url()))

/** The app's request log: one JSON line per request, with its path and the bytes that came in. */
function requestLog(app: AppProcess) {
  return app.events('request') as Array<{
    path: string
    bytes?: number
    declaredBytes?: number
    reader?: string
    status: number
  }>
}

test('READ_ON=device: the card is read in the browser, and no request carries the image', async ({
  browser,
}) => {
  const app = await start('device')
  const context = await browser.newContext(PHONE)
  const sent = watchRequests(context)
  const page = await openCustomerLink(context, app)
  await sendPhoto(page, card.photo)
  await expect(page.getByRole('heading', { name: s.customer.review.heading })).toBeFocused({
    timeout: READ_TIMEOUT,
  })
  // The holder's own fields: not the specimen the server's emulator would have answered.
  await expect(fieldValue(page, 'idNum')).toHaveValue(card.truth.IdNum)
  await expect(fieldValue(page, 'enName')).toHaveValue(card.truth.EnName)
  await expect(fieldValue(page, 'birthday')).toHaveValue(card.truth.Birthday)
  expect(card.truth.IdNum).not.toBe(SPECIMEN_FIELDS.idNum)
  expect(readerWorkers(page), 'the reader worker, holding its models').not.toHaveLength(0)
  const opened = await sendAndOpen(page, own.running.receiver!)
  expect(opened.record.reader).toBe('device')
  expect(opened.record.ocr.idNum).toBe(card.truth.IdNum)
  // The journey ended with the record: the worker is terminated and its models' memory goes back.
  await expect.poll(() => readerWorkers(page).length, { timeout: 10_000 }).toBe(0)
  await context.close()

  // The browser's side: nothing but the sealed record is more than a few bytes, and nothing carries a photo.
  const posts = sent.filter((request) => request.body && request.body.length > 0)
  expect(posts.map((request) => request.path)).toContain('/api/hkid/device-reading')
  expect(sent.map((request) => request.path)).not.toContain('/api/hkid/recognize')
  for (const request of posts) {
    expect(carriesImage(inClear(request.path, request.body!)), `${request.method} ${request.path}`).toBe(
      false,
    )
    if (request.path !== '/api/records') expect(request.body!.length, request.path).toBeLessThan(SMALL_BODY)
  }
  const record = posts.find((request) => request.path === '/api/records')
  expect(JSON.parse(record!.body!.toString('utf8')).jwe.split('.')).toHaveLength(5)

  // The server's side, from its own log: no recognition, one device reading of 2 bytes, no large body but the seal.
  const lines = requestLog(app)
  expect(lines.map((line) => line.path)).not.toContain('/api/hkid/recognize')
  expect(lines.filter((line) => line.path === '/api/hkid/device-reading')).toEqual([
    expect.objectContaining({ reader: 'device', bytes: 2, status: 200 }),
  ])
  for (const line of lines.filter((entry) => entry.path !== '/api/records')) {
    expect(line.bytes ?? 0, line.path).toBeLessThan(SMALL_BODY)
    expect(line.declaredBytes ?? 0, line.path).toBeLessThan(SMALL_BODY)
  }
  expect(app.output()).not.toContain(card.truth.IdNum)
})

test('READ_ON=auto without WebAssembly: the server reads the card, and the record says so', async ({
  browser,
}) => {
  const app = await start('auto')
  const context = await browser.newContext(PHONE)
  await context.addInitScript(() => {
    delete (globalThis as { WebAssembly?: unknown }).WebAssembly
  })
  const sent = watchRequests(context)
  const page = await openCustomerLink(context, app)
  await sendPhoto(page, card.photo)
  await expect(page.getByRole('heading', { name: s.customer.review.heading })).toBeFocused({
    timeout: READ_TIMEOUT,
  })
  // The emulator behind the server answers the specimen, whatever the photo.
  await expect(fieldValue(page, 'idNum')).toHaveValue(SPECIMEN_FIELDS.idNum)
  expect(sent.map((request) => request.path)).toContain('/api/hkid/recognize')
  expect(sent.map((request) => request.path)).not.toContain('/api/hkid/device-reading')
  const opened = await sendAndOpen(page, own.running.receiver!)
  expect(opened.record.reader).toBe('server')
  await context.close()
})

/** The reader's downloads (runtime and models, served as our own assets) fail. */
async function failModelDownloads(context: BrowserContext) {
  await context.route(/\.(onnx|wasm)(\?.*)?$/, (route) => route.abort('failed'))
}

test('a model download that fails: auto reads on the server instead', async ({ browser }) => {
  const app = await start('auto')
  const context = await browser.newContext(PHONE)
  await failModelDownloads(context)
  const page = await openCustomerLink(context, app)
  await sendPhoto(page, card.photo)
  await expect(page.getByRole('heading', { name: s.customer.review.heading })).toBeFocused({
    timeout: READ_TIMEOUT,
  })
  await expect(fieldValue(page, 'idNum')).toHaveValue(SPECIMEN_FIELDS.idNum)
  expect(requestLog(app).map((line) => line.path)).toContain('/api/hkid/recognize')
  await context.close()
})

test('a model download that fails: device only says plainly the card cannot be read on this phone', async ({
  browser,
}) => {
  const app = await start('device')
  const context = await browser.newContext(PHONE)
  await failModelDownloads(context)
  const page = await openCustomerLink(context, app)
  await sendPhoto(page, card.photo)
  const error = page.getByTestId('recognize-error')
  await expect(error).toHaveAttribute('data-code', 'DEVICE_READER_UNAVAILABLE', { timeout: READ_TIMEOUT })
  await expect(error.getByRole('heading')).toHaveText(s.customer.errors.DEVICE_READER_UNAVAILABLE.title)
  await expect(error.getByRole('button', { name: s.recognize.tryAgain })).toBeVisible()
  // Nothing was sent to be read, and no call of the link was spent.
  const paths = requestLog(app).map((line) => line.path)
  expect(paths).not.toContain('/api/hkid/recognize')
  expect(paths).not.toContain('/api/hkid/device-reading')
  await context.close()
})
