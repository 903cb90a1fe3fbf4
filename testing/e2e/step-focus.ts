// Where focus is after a step change, for the specs that walk several steps: the new step's own heading
// (h1/h2, by its name), never <body> and never a control that happens to come first.
import type { Page } from '@playwright/test'
import { expect } from '@playwright/test'

export async function expectFocusOnHeading(page: Page, name: string, timeout = 15_000): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const active = document.activeElement
          return active ? `${active.tagName} ${active.textContent?.trim()}` : 'nothing'
        }),
      { timeout },
    )
    .toMatch(new RegExp(`^H[12] ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
}
