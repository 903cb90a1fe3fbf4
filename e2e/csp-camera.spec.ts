// The whole app under its enforced CSP, camera path (the sharp card feed): the meter worker, auto-capture, the
// compress worker, portraits and the record — with zero CSP refusals.
import { watchCsp } from '#testing/e2e/csp-watch.ts'
import { clickDownload, expect, test } from '#testing/e2e/test.ts'

test('camera capture → review → confirmed record: no CSP violation', async ({ page, downloadRecord }) => {
  const violations = await watchCsp(page)
  await page.goto('/')
  // The sharp card feed auto-captures: the meter worker, the capture and the compress worker all run.
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  for (const id of ['portrait-primary', 'portrait-secondary']) {
    const portrait = page.getByTestId(id)
    await expect(portrait).toBeVisible()
    expect(await portrait.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(20)
  }
  await page.getByRole('button', { name: 'Confirm details' }).click()
  await expect(page.getByRole('heading', { name: 'Details confirmed' })).toBeVisible()
  await downloadRecord(page, clickDownload(page))
  await page.getByRole('button', { name: /Next customer/ }).click()
  await expect(page.getByRole('heading', { name: 'Details confirmed' })).toBeHidden()
  expect(await violations()).toEqual({ events: [], console: [] })
})
