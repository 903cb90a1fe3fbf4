// A customer's review on a phone held sideways (844×390, 740×360): "Hide number" stays on one line and each
// row of the fields' grid starts its inputs at one height — a wrapped label pushed the number's box below its
// neighbour's. Both languages. With TOUR=1 each review is saved as a PNG to look at.
import type { Page } from '@playwright/test'
import { expect, test } from '#testing/e2e/test.ts'
import { strings, uploadOnPhone } from '#testing/e2e/desk-handoff-pages.ts'
import { shot, tourContext } from '#testing/e2e/tour-shots.ts'

/** Lines the element's text takes (distinct tops of its text's boxes). */
const linesOf = (page: Page, testId: string, name: string) =>
  page
    .getByTestId(testId)
    .getByRole('button', { name })
    .evaluate((element) => {
      const range = document.createRange()
      range.selectNodeContents(element)
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size
    })

/** For each row of the grid (fields whose boxes start at one height), the tops of their inputs. */
const inputTopsByRow = (page: Page) =>
  page.locator('[data-testid="field-idNum"]').evaluate((idField) => {
    const rows = new Map<number, number[]>()
    for (const field of idField.parentElement!.children) {
      const top = Math.round(field.getBoundingClientRect().top)
      const input = field.querySelector('input, select, [data-testid^="masked-"]')
      if (input) rows.set(top, [...(rows.get(top) ?? []), Math.round(input.getBoundingClientRect().top)])
    }
    return [...rows.values()]
  })

for (const language of ['en', 'zh-HK'] as const) {
  const s = strings[language]
  for (const [width, height] of [
    [844, 390],
    [740, 360],
  ] as const)
    test(`customer review at ${width}×${height} in ${language}: "${s.review.mask}" on one line, the grid's rows aligned`, async ({
      browser,
    }) => {
      const context = await tourContext(browser, language, [width, height])
      const page = await context.newPage()
      await page.goto('/?journey=customer')
      await uploadOnPhone(page, language)
      await expect(page.getByRole('heading', { name: s.customer.review.heading })).toBeVisible({
        timeout: 40_000,
      })
      const at = `${language}-${width}x${height}`
      if (process.env.TOUR) await shot(page, 'flaw-customer-review', at)
      expect(await linesOf(page, 'field-idNum', s.review.mask)).toBe(1)
      const rows = await inputTopsByRow(page)
      expect(
        rows.some((row) => row.length > 1),
        'a row of two fields',
      ).toBe(true)
      for (const row of rows)
        expect(Math.max(...row) - Math.min(...row), `inputs at ${row}`).toBeLessThanOrEqual(1)
      // Hidden, the number's box lines up with its neighbour too.
      await page.getByTestId('field-idNum').getByRole('button', { name: s.review.mask }).click()
      expect(await linesOf(page, 'field-idNum', s.review.unmask)).toBe(1)
      for (const row of await inputTopsByRow(page))
        expect(Math.max(...row) - Math.min(...row), `inputs at ${row}`).toBeLessThanOrEqual(1)
      if (process.env.TOUR) await shot(page, 'flaw-customer-review-hidden', at)
      await context.close()
    })
}
