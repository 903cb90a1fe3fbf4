// @vitest-environment jsdom
// The receipt number follows its label as each language sets it: a space after "number:", none after "：".
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import '#src/i18n/journey-strings.ts'
import { i18n } from '#src/i18n/setup-i18n.ts'
import { CustomerEnding } from './customer-ending.tsx'

const receipt = { id: 'rec_0123456789abcdef', reference: 'H2V6-LDKL', acceptedAt: '2026-12-07T18:00:00.000Z' }

afterEach(async () => {
  cleanup()
  await i18n.changeLanguage('en')
})

describe('the receipt line', () => {
  it.each([
    ['en', 'Your receipt number: H2V6-LDKL'],
    ['zh-HK', '你的收據編號：H2V6-LDKL'],
  ])('in %s', async (language, line) => {
    await i18n.changeLanguage(language)
    render(<CustomerEnding staffReview={false} receipt={receipt} />)
    const paragraph = screen.getByTestId('receipt-reference').parentElement!
    expect(paragraph.textContent).toMatch(new RegExp(`^${line.replace(/[()]/g, '\\$&')}`))
  })
})
