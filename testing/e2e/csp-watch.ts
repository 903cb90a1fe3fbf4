// Watches a page for CSP refusals: `securitypolicyviolation` events in the page and CSP messages in the console
// (workers included).
import type { Page } from '@playwright/test'

export interface Violation {
  directive: string
  blocked: string
}

export async function watchCsp(
  page: Page,
): Promise<() => Promise<{ events: Violation[]; console: string[] }>> {
  const consoleRefusals: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) consoleRefusals.push(message.text())
  })
  await page.addInitScript(() => {
    const seen: Violation[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener(
      'securitypolicyviolation',
      (event) => seen.push({ directive: event.violatedDirective, blocked: event.blockedURI }),
      true,
    )
  })
  return async () => ({
    events: await page.evaluate(
      () => (window as unknown as { __cspViolations: Violation[] }).__cspViolations,
    ),
    console: consoleRefusals,
  })
}
