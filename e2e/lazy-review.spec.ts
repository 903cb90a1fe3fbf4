// Review's code loads on demand: when it cannot be fetched (offline, or a deploy replaced it) the operator
// sees the offline message with a retry that keeps the recognized card, not a blank page.
import { expect, test } from '#testing/e2e/test.ts'
import { fixtures } from '#testing/fixtures/fixture-files.ts'

test('review code that fails to load shows the offline message; Try again brings review with the card', async ({
  page,
}) => {
  await page.route(/\/assets\/review-steps-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'))
  await page.goto('/')
  await page.getByRole('button', { name: 'Upload a photo instead' }).click()
  await page.getByLabel('Choose a file').setInputFiles(fixtures.specimenCard)

  const error = page.getByTestId('recognize-error')
  await expect(error).toHaveAttribute('data-code', 'NETWORK')
  await expect(error.getByRole('heading', { name: 'You seem to be offline' })).toBeFocused()

  await page.unroute(/\/assets\/review-steps-[\w-]+\.js$/)
  await error.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('heading', { name: 'Check the details' })).toBeVisible()
  await expect(page.getByLabel('Identity card number')).not.toHaveValue('')
})
