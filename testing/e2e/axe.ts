// axe-core against the WCAG 2.2 AA rule set, with violations as one readable line each so a failing
// step says which rule, on which element, without opening a trace.
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id} (${violation.impact}): ${node.target.join(' ')} — ${node.failureSummary}`,
    ),
  )
}

/** Controls on screen smaller than 44 × 44 CSS px (the project's phone target size; WCAG 2.2 AA asks
 * 24). A file input hidden inside its label is measured by the label, which is what a finger hits. */
export async function smallTouchTargets(page: Page, minimum = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const controls = document.querySelectorAll<HTMLElement>(
      'button, a[href], select, input:not([type=file]):not([type=hidden]), label:has(input[type=file])',
    )
    return [...controls].flatMap((element) => {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || element.closest('[inert], [aria-hidden=true]')) return []
      if (box.width >= min - 0.5 && box.height >= min - 0.5) return []
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)
      return [
        `${element.tagName.toLowerCase()} "${name}" is ${Math.round(box.width)}×${Math.round(box.height)}`,
      ]
    })
  }, minimum)
}
