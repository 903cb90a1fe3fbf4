// Capture links: a server started with CAPTURE_TOKEN_SECRET (its own process, on free ports) accepts the
// token from the link's #fragment, which the app takes off the address bar and keeps out of storage.
import { spawn, type ChildProcess } from 'node:child_process'
import { type Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { mintCaptureToken } from '#server/access/capture-token.ts'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY } from '#server/emulator/demo-keys.ts'
import { E2E_EMULATOR_PORT } from '#testing/e2e/ports.ts'
import { recordDeliveryEnv } from '#testing/e2e/record-delivery-env.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'
import { openDesk, openPhone, startHandoff, uploadOnPhone } from '#testing/e2e/desk-handoff-pages.ts'

const SECRET = 'e2e-capture-token-secret-0123456789abcdef'
let server: ChildProcess
let base: string

test.beforeAll(async () => {
  server = spawn(process.execPath, ['--import', 'tsx', 'server/node.ts'], {
    // Tokens are under test, not reading: "Tencent" is the shared emulator (the specimen, at once).
    env: {
      PATH: process.env.PATH,
      PORT: '0',
      HOST: '127.0.0.1',
      CAPTURE_TOKEN_SECRET: SECRET,
      TENCENTCLOUD_SECRET_ID: DEMO_SECRET_ID,
      TENCENTCLOUD_SECRET_KEY: DEMO_SECRET_KEY,
      OCR_ENDPOINT: `http://127.0.0.1:${E2E_EMULATOR_PORT}`,
      // A customer's link starts only where the record has somewhere to go: the run's receiver.
      ...recordDeliveryEnv('sqlite', 'capture-token'),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  base = await new Promise<string>((resolve, reject) => {
    let out = ''
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /running at (http:\/\/[^/\s]+)\//.exec(out)
      if (match) resolve(match[1]!)
    })
    server.once('exit', (code) => reject(new Error(`server exited with ${code}`)))
  })
})
test.afterAll(() => {
  server.kill('SIGTERM')
})

const mint = (options: { calls?: number; lifetimeSeconds?: number; nowSeconds?: number } = {}) =>
  mintCaptureToken({
    secret: SECRET,
    calls: options.calls ?? 3,
    lifetimeSeconds: options.lifetimeSeconds ?? 600,
    ...(options.nowSeconds ? { nowSeconds: options.nowSeconds } : {}),
  })

async function upload(page: Page) {
  // After "Next customer" the app may first ask to start a new capture.
  const entry = page.getByRole('button', { name: /^(Upload a photo instead|Start capture)$/ }).first()
  if ((await entry.textContent()) === 'Start capture') await entry.click()
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.cardScene)
}

test('a capture link works; its token leaves the address bar and never reaches storage', async ({ page }) => {
  const token = await mint()
  await page.goto(`${base}/#token=${token}`)
  await expect(page.getByRole('button', { name: 'Upload a photo instead' })).toBeVisible()
  expect(page.url()).toBe(`${base}/`)

  const sent = page.waitForRequest('**/api/hkid/recognize**')
  await upload(page)
  expect((await sent).headers()['authorization']).toBe(`Bearer ${token}`)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()

  const stored = await page.evaluate(async () => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    history: history.state === null ? '' : JSON.stringify(history.state),
    databases: (await indexedDB.databases()).length,
  }))
  // The history entry keeps only the link's mark (its journey, so a reload can say the link was used), no token
  expect(stored).toEqual({
    local: '{}',
    session: '{}',
    history: JSON.stringify({ hkidLink: 'any' }),
    databases: 0,
  })
  expect(page.url()).not.toContain(token.slice(0, 20))
})

test('without a token: 401, and the user is told to ask for a new link', async ({ page }) => {
  await page.goto(`${base}/`)
  await upload(page)
  const alert = page.getByTestId('recognize-error')
  await expect(alert).toHaveAttribute('data-code', 'UNAUTHORIZED')
  await expect(alert).toContainText('This link has expired')
  await expect(alert).toContainText('Ask for a new capture link')
})

test('an expired link: the same clear message', async ({ page }) => {
  const token = await mint({ lifetimeSeconds: 60, nowSeconds: Math.floor(Date.now() / 1000) - 120 })
  await page.goto(`${base}/#token=${token}`)
  await upload(page)
  await expect(page.getByTestId('recognize-error')).toHaveAttribute('data-code', 'UNAUTHORIZED')
})

test('a link used up: its budget of calls runs out with the same message', async ({ page }) => {
  const token = await mint({ calls: 1 })
  await page.goto(`${base}/#token=${token}`)
  await upload(page)
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  await page.getByRole('button', { name: 'Confirm details' }).click()
  // Delivered to the back office (the run's receiver), so the next customer may start without a warning.
  await expect(page.getByText(/Sent to your back office/)).toBeVisible()
  await page.getByRole('button', { name: 'Next customer' }).click()
  await upload(page)
  await expect(page.getByTestId('recognize-error')).toHaveAttribute('data-code', 'UNAUTHORIZED')
})

test('a desk’s link hands a capture to a phone, which recognizes with its own token; a customer’s link offers no phone', async ({
  browser,
}) => {
  const deskLink = await mintCaptureToken({
    secret: SECRET,
    calls: 3,
    lifetimeSeconds: 600,
    journey: 'operator',
  })
  const desk = await openDesk(browser, `${base}/#token=${deskLink}`)
  const link = await startHandoff(desk)
  const phone = await openPhone(browser)
  const sent = phone.waitForRequest('**/api/hkid/recognize**')
  await phone.goto(link)
  await uploadOnPhone(phone)
  // The link carries a channel and a key only; the phone is given a token of its own when it opens the channel,
  // one that names the desk's link as its parent (so it spends the desk link's budget, not a new one).
  expect(link).not.toContain('token=')
  const phoneToken = (await sent).headers()['authorization']?.replace(/^Bearer /, '') ?? ''
  expect(phoneToken).not.toBe(deskLink)
  const claims = (token: string) =>
    JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')) as {
      jti: string
      parent?: { jti: string }
    }
  expect(claims(phoneToken).parent?.jti).toBe(claims(deskLink).jti)
  await expect(desk.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  await expect(phone.getByTestId('phone-done')).toBeVisible()

  const customerLink = await mintCaptureToken({
    secret: SECRET,
    calls: 3,
    lifetimeSeconds: 600,
    journey: 'customer',
  })
  const customer = await openDesk(browser, `${base}/#token=${customerLink}`)
  await expect(
    customer.getByRole('dialog').getByRole('heading', { name: 'Photograph the identity card' }),
  ).toBeVisible()
  await expect(customer.getByRole('button', { name: 'Continue on a phone' })).toHaveCount(0)
  for (const page of [desk, phone, customer]) await page.context().close()
})
