// A stalled auto-capture, on a faulty scene of the scene bank (glare over the print, the card in view):
// after a long run of measured frames the screen says plainly what holds it and invites the user to take
// the photo, in both journeys and both languages, and the photo the user takes goes on. The wait is read
// from the meter's own frame count, never from a sleep.
import type { Browser } from '@playwright/test'
import { browserThatAgrees } from '#testing/e2e/agree-to-statement.ts'
import { expect, test } from '#testing/e2e/test.ts'
import { sceneBankItem, sceneBankScenes } from '#testing/banks/scene-bank/make-scene-bank.ts'
import { launchSceneBrowser } from '#testing/capture/scene-runner.ts'
import { LANGUAGE_PREF_KEY } from '#src/i18n/languages.ts'

// Chosen from the bank's code; its files are read when a test runs (the global setup draws them).
const sceneId = sceneBankScenes().find((scene) => scene.label === 'glare' && scene.split === 'tune')!.id

const STRINGS = {
  en: {
    advice: 'Tilt the card to remove the reflection',
    held: 'Not taken yet: A reflection is hiding part of the card.',
    invite: 'You can take the photo yourself now.',
    checked: 'you will see it before it is sent',
    takeNow: 'Take the photo now',
    shutter: 'Take photo',
    check: 'Check your photo',
    review: 'Check the details',
  },
  'zh-HK': {
    advice: '請稍為傾斜身份證以避開反光',
    held: '仍未拍到：有反光遮住了部分證件。',
    invite: '你可以現在自行拍照。',
    checked: '傳送前會先讓你檢查相片',
    takeNow: '現在拍照',
    shutter: '拍照',
    check: '檢查你的相片',
    review: '核對資料',
  },
} as const

const JOURNEYS = {
  operator: { path: '/', viewport: { width: 1280, height: 800 } },
  customer: { path: '/?journey=customer', viewport: { width: 360, height: 740 } },
} as const

// One browser for the spec (its camera plays the scene, the same for every test), a context of its own per test.
let browser: Browser
test.beforeAll(async () => {
  // It agrees to a customer's statement like the shared fixtures do.
  browser = browserThatAgrees(await launchSceneBrowser(sceneBankItem(sceneId), 'full'))
})
test.afterAll(async () => {
  await browser?.close()
})

for (const journey of ['operator', 'customer'] as const)
  for (const language of ['en', 'zh-HK'] as const)
    test(`${journey}, ${language}: a stalled auto-capture says what holds it and offers the shutter`, async ({
      baseURL,
    }) => {
      const s = STRINGS[language]
      const context = await browser.newContext({ viewport: JOURNEYS[journey].viewport })
      try {
        await context.addInitScript(
          ([key, value]) => localStorage.setItem(key!, value!),
          [LANGUAGE_PREF_KEY, language],
        )
        const page = await context.newPage()
        await page.goto(`${baseURL}${JOURNEYS[journey].path}`)
        const stage = page.getByTestId('camera-stage')
        const notice = page.getByTestId('stall-notice')
        const frames = async () => Number(await stage.getAttribute('data-meter-frames'))

        // The meter names the fault at once; at that moment nothing has waited long enough to stall.
        await expect(stage).toHaveAttribute('data-guidance', 'glare')
        await expect(page.getByTestId('guidance')).toHaveText(s.advice)
        const firstAdvice = await frames()
        await expect(notice).toHaveCount(0)

        // Then, after many more measured frames than auto-capture ever needs (about a dozen), the
        // notice: what holds it, in plain words, and the invitation. The advice itself stays.
        await expect(notice).toHaveAttribute('data-reason', 'glare', { timeout: 30_000 })
        expect(await frames()).toBeGreaterThanOrEqual(firstAdvice + 24)
        await expect(notice).toContainText(s.held)
        await expect(page.getByTestId('guidance')).toHaveText(s.advice)

        if (journey === 'operator') {
          // Operators send at once (no photo check by default), so the notice does not promise one.
          await expect(notice).toContainText(s.invite)
          await expect(notice).not.toContainText(s.checked)
          await notice.getByRole('button', { name: s.takeNow }).click()
          await expect(page.getByRole('heading', { name: s.review })).toBeVisible()
        } else {
          // The customer's big shutter sits right below; the photo is checked before it is sent.
          await expect(notice).toContainText(s.checked)
          await page.getByRole('button', { name: s.shutter, exact: true }).click()
          await expect(page.getByRole('heading', { name: s.check })).toBeVisible()
        }
      } finally {
        await context.close()
      }
    })
