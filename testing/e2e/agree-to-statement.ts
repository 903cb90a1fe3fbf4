// A customer's link opens on the collection statement, agreed to before the camera (e2e/customer-consent.spec.ts
// tests that step). Every other spec is about what comes after it: each page it opens agrees whenever the
// statement is on screen before an action or assertion (Playwright's locator handler), as a customer would.
import type { Browser, BrowserContext, Page } from '@playwright/test'

export async function agreeToStatementWhenShown(page: Page): Promise<void> {
  const step = page.getByTestId('consent-step')
  await page.addLocatorHandler(step, async () => {
    await step.getByRole('checkbox').check()
    await step.getByRole('button').click()
  })
}

function agreeOnEveryPage(context: BrowserContext): BrowserContext {
  context.on('page', (page) => void agreeToStatementWhenShown(page).catch(() => undefined))
  return context
}

/** The browser with each new context's pages agreeing to the statement (the `context` fixture's too). */
export function browserThatAgrees(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (options) => agreeOnEveryPage(await newContext(options))
  const newPage = browser.newPage.bind(browser)
  browser.newPage = async (options) => {
    const page = await newPage(options)
    await agreeToStatementWhenShown(page)
    return page
  }
  return browser
}
