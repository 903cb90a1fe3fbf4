// @vitest-environment jsdom
// The customer's review names what the card reader did not look at, in both languages, and stays quiet only
// when every warning was checked.
import { cleanup, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY } from '#src/hkid/card-warnings.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { i18n } from '#src/i18n/setup-i18n.ts'
import { readResult, recognizedAt, renderReview } from '#testing/review/render-review.ts'
import { CustomerReview } from './customer-review.tsx'

const local = readResult({ warningsChecked: [WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY] })

function show(result: RecognizeResult) {
  renderReview(
    <CustomerReview result={result} recognizedAt={recognizedAt} onConfirm={vi.fn()} onRetake={vi.fn()} />,
  )
}

beforeEach(() => i18n.changeLanguage('en'))
afterEach(cleanup)

describe("the customer's review says what was not checked", () => {
  it('lists what the local reader did not look for', () => {
    show(local)
    expect(screen.getByTestId('customer-not-checked').textContent).toBe(
      'This check did not look for tampering, a photo of a screen and covered edges. Staff may look at your card.',
    )
  })

  it('in Hong Kong Chinese too', async () => {
    await i18n.changeLanguage('zh-HK')
    show(local)
    // 熒幕/屏幕 wording of "screen" is settled elsewhere: either reads right here
    expect(screen.getByTestId('customer-not-checked').textContent).toMatch(
      /^這次檢查沒有查看竄改、翻拍.幕及邊緣遮擋。職員或會再核對你的證件。$/,
    )
  })

  it('names every warning when the recognizer could check none', () => {
    show(readResult({ warningsAvailable: false }))
    expect(screen.getByTestId('customer-not-checked').textContent).toMatch(/photocopy.*blur/)
  })

  it('says nothing when every warning was checked', () => {
    show(readResult())
    expect(screen.queryByTestId('customer-not-checked')).toBeNull()
  })
})
