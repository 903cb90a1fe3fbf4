// A desk hands one capture to a phone (two browser contexts, like two devices) and reviews what comes
// back. Against a server of the spec's own, so that its memory can be searched (heap snapshots Node writes
// after a full GC) and its output read: a canary name goes through the hand-off and must be in neither; the
// sealed message is held while the desk is away, and gone once delivered — or once its time is up.
import { expect, test } from '#testing/e2e/test.ts'
import { openDesk, openPhone, startHandoff, uploadOnPhone } from '#testing/e2e/desk-handoff-pages.ts'
import { startServer, type ServerProcess } from '#testing/e2e/server-process.ts'

const CANARY = `ZEPHYRINE${crypto.randomUUID().slice(0, 8).toUpperCase()}`
const CANARY_NAME = `${CANARY}, Tai Man`
let server: ServerProcess
let shortLived: ServerProcess
const TTL_SECONDS = 20

test.beforeAll(async () => {
  // Each kept as it starts, so one that fails to start never leaves the other running (and holding its port).
  const started = await Promise.allSettled([
    startServer({}).then((s) => (server = s)),
    startServer({ HANDOFF_TTL_SECONDS: String(TTL_SECONDS) }).then((s) => (shortLived = s)),
  ])
  for (const result of started) if (result.status === 'rejected') throw result.reason
})
test.afterAll(async () => {
  await Promise.all([server?.stop(), shortLived?.stop()])
})

test('the phone’s card comes back to the desk’s review; the server holds it sealed, then not at all', async ({
  browser,
  downloadRecord,
}) => {
  test.setTimeout(240_000)
  await server.emulator('next', { card: { EnName: CANARY_NAME } })
  // The detector sees such a string when one is held: the emulator holds the canary until it answers.
  expect((await server.heapSnapshot('emulator')).holdsString(CANARY)).toBe(true)

  const desk = await openDesk(browser, `${server.base}/`)
  await desk.getByLabel('Customer reference (optional)').fill('CASE-77')
  // The desk loses its connection from the start: it says so, and the phone's message waits on the server.
  await desk.route('**/api/handoff/desk-wait', (route) => route.abort('internetdisconnected'))
  const link = await startHandoff(desk)
  await expect(desk.getByTestId('handoff-reconnecting')).toContainText('Connection lost. Trying again')
  expect(link).toMatch(new RegExp(`^${server.base}/#h=[\\w-]{22}\\.[\\w-]{22}$`))

  const phone = await openPhone(browser)
  await phone.goto(link)
  await expect(
    phone.getByRole('dialog').getByRole('heading', { name: 'Photograph the identity card' }),
  ).toBeVisible()
  expect(phone.url()).toBe(`${server.base}/`)
  // The phone's first send finds no connection: it says so and keeps the sealed photo for "Try again".
  await phone.route('**/api/handoff/message', (route) => route.abort('internetdisconnected'))
  await uploadOnPhone(phone)
  await expect(phone.getByTestId('phone-offline')).toContainText('No connection')
  await phone.unroute('**/api/handoff/message')
  const posted = phone.waitForRequest('**/api/handoff/message')
  await phone.getByRole('button', { name: 'Try again' }).click()
  const sealedBytes = (await posted).postDataBuffer()?.byteLength ?? 0
  expect(sealedBytes).toBeGreaterThan(1000)
  await expect(phone.getByTestId('phone-sent')).toBeVisible()

  // Waiting for the desk: the server holds the sealed bytes, and nothing of the card.
  await server.emulator('reset')
  const waiting = await server.heapSnapshot()
  expect(waiting.arrayBuffersOfSize(sealedBytes)).toBeGreaterThanOrEqual(1)
  expect(waiting.holdsString(CANARY)).toBe(false)

  // The desk is back: the phone's card opens in its review, the case's reference still there.
  await desk.unroute('**/api/handoff/desk-wait')
  await desk.evaluate(() => window.dispatchEvent(new Event('online')))
  await expect(desk.getByRole('heading', { name: 'Check the details' })).toBeFocused()
  await expect(desk.getByLabel('English name')).toHaveValue(CANARY_NAME)
  await expect(desk.getByLabel('Customer reference (optional)')).toHaveValue('CASE-77')
  await expect(phone.getByTestId('phone-done')).toContainText('You’re done — please return to the desk')

  // Delivered: gone from the server's memory; and never in what it wrote.
  const delivered = await server.heapSnapshot()
  expect(delivered.arrayBuffersOfSize(sealedBytes)).toBe(0)
  expect(delivered.holdsString(CANARY)).toBe(false)
  const [channel, key] = new URLSearchParams(new URL(link).hash.slice(1)).get('h')!.split('.')
  for (const secret of [CANARY, channel!, key!]) {
    expect(server.output()).not.toContain(secret)
  }
  expect(server.output()).toContain('/api/handoff/message')

  await desk.getByRole('button', { name: /Confirm details/ }).click()
  const [download] = await Promise.all([
    desk.waitForEvent('download'),
    desk.getByRole('button', { name: 'Download record (JSON)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^hkid-record-CASE-77-[\w-]+\.json$/)
  const record = await downloadRecord(desk, () =>
    desk.getByRole('button', { name: 'Download record (JSON)' }).click(),
  )
  expect(record).toMatchObject({
    reference: 'CASE-77',
    journey: 'operator',
    staffReview: { needed: false },
    final: { enName: CANARY_NAME },
  })
  await desk.context().close()
  await phone.context().close()
})

test('a message nobody takes is gone when its time is up, and both ends say the code expired', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const desk = await openDesk(browser, `${shortLived.base}/`)
  await desk.route('**/api/handoff/desk-wait', (route) => route.abort('internetdisconnected'))
  const link = await startHandoff(desk)
  const started = Date.now()
  const phone = await openPhone(browser)
  await phone.goto(link)
  const posted = phone.waitForRequest('**/api/handoff/message')
  await uploadOnPhone(phone)
  const sealedBytes = (await posted).postDataBuffer()?.byteLength ?? 0
  await expect(phone.getByTestId('phone-sent')).toBeVisible()
  expect((await shortLived.heapSnapshot()).arrayBuffersOfSize(sealedBytes)).toBeGreaterThanOrEqual(1)

  // Nobody asks for it again: its TTL alone removes it.
  await expect(desk.getByTestId('handoff-expired')).toContainText('This code has expired', {
    timeout: TTL_SECONDS * 1000 + 10_000,
  })
  await expect(phone.getByTestId('phone-expired')).toContainText('Please ask at the desk for a new one')
  expect(Date.now() - started).toBeGreaterThanOrEqual((TTL_SECONDS - 2) * 1000)
  expect((await shortLived.heapSnapshot()).arrayBuffersOfSize(sealedBytes)).toBe(0)

  // A new code starts afresh.
  await desk.unroute('**/api/handoff/desk-wait')
  await desk.getByRole('button', { name: 'Make a new code' }).click()
  await expect(desk.getByTestId('handoff-status')).toHaveText('Waiting for the phone to open the code…')
  expect(await desk.getByTestId('handoff-link').textContent()).not.toBe(link)
  await desk.context().close()
  await phone.context().close()
})
