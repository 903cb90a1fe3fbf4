// How a hand-off can go wrong, each with a clear message on both devices (here in Hong Kong Chinese): a
// second phone opening the same code, and the desk's tab closing while the phone is still at work.
import { expect, test } from '#testing/e2e/test.ts'
import { openDesk, openPhone, startHandoff, strings } from '#testing/e2e/desk-handoff-pages.ts'

const zh = strings['zh-HK']

test('a second phone is turned away and the desk is told; closing the desk’s tab asks first, then tells the phone', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const desk = await openDesk(browser, '/', 'zh-HK')
  const link = await startHandoff(desk, 'zh-HK')
  await expect(desk.getByTestId('handoff-status')).toHaveText(zh.handoff.desk.status.waiting)

  const first = await openPhone(browser, 'zh-HK')
  await first.goto(link)
  await expect(first.getByRole('dialog').getByRole('heading', { name: zh.capture.heading })).toBeVisible()
  await expect(desk.getByTestId('handoff-status')).toHaveText(zh.handoff.desk.status.opened)

  const second = await openPhone(browser, 'zh-HK')
  await second.goto(link)
  const inUse = second.getByTestId('phone-in-use')
  await expect(inUse.getByRole('heading', { name: zh.handoff.phone.inUse.title })).toBeFocused()
  await expect(inUse).toContainText(zh.handoff.phone.inUse.body)
  await expect(second.getByRole('dialog')).toHaveCount(0)
  await expect(desk.getByTestId('handoff-refused')).toHaveText(zh.handoff.desk.refused)

  // Closing the desk's tab while a phone may still send: the browser asks first…
  const asked = new Promise<string>((resolve) =>
    desk.once('dialog', (dialog) => {
      resolve(dialog.type())
      void dialog.accept()
    }),
  )
  await desk.close({ runBeforeUnload: true })
  expect(await asked).toBe('beforeunload')
  // …and once it has gone, the phone says the desk is no longer waiting, instead of taking a photo for nobody.
  const closed = first.getByTestId('phone-closed')
  await expect(closed.getByRole('heading', { name: zh.handoff.phone.closed.title })).toBeVisible()
  await expect(closed).toContainText(zh.handoff.phone.closed.body)
  await expect(first.getByRole('dialog')).toHaveCount(0)
  await first.context().close()
  await second.context().close()
})

test('a reloaded phone page says its link to the desk is gone, instead of capturing for nobody', async ({
  browser,
}) => {
  const desk = await openDesk(browser, '/')
  const link = await startHandoff(desk)
  const phone = await openPhone(browser)
  await phone.goto(link)
  await expect(phone.getByRole('dialog')).toBeVisible()
  await phone.reload()
  await expect(phone.getByTestId('phone-lost')).toContainText('This page has lost its link to the desk')
  await expect(phone.getByRole('dialog')).toHaveCount(0)
  await desk.context().close()
  await phone.context().close()
})
