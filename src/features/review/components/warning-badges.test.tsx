// @vitest-environment jsdom
// The review's card warnings say what was checked: a reader that checked only some (the local reader) never
// lets the panel say "no warnings" — it names what it checked and lists the rest as not checked, in both
// languages — and the confirmed record carries the same list.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY, WARN_SCREEN } from '#src/hkid/card-warnings.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import { i18n } from '#src/i18n/setup-i18n.ts'
import { readResult, recognizedAt, renderReview } from '#testing/review/render-review.ts'
import { ReviewForm } from './review-form.tsx'

const LOCAL_CHECKS = [WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY]

function localResult(warnings: number[] = []): RecognizeResult {
  return readResult({
    warnings,
    warningsChecked: LOCAL_CHECKS,
    reading: { reader: 'local', uncertainFields: [] },
  })
}

function show(read: RecognizeResult) {
  const onConfirm = vi.fn<(record: VerifiedRecord) => void>()
  renderReview(
    <ReviewForm
      result={read}
      recognizedAt={recognizedAt}
      reference="C-1"
      onConfirm={onConfirm}
      onRetake={vi.fn()}
    />,
  )
  return { onConfirm, panel: screen.getByTestId('card-warnings') }
}

beforeEach(() => i18n.changeLanguage('en'))
afterEach(cleanup)

describe('card warnings a reader did not check', () => {
  it('lists the unchecked warnings as not checked, and never says "No warnings"', () => {
    const { panel } = show(localResult())
    expect(within(panel).getByTestId('warnings-none-found').textContent).toBe(
      'Checked for blur, reflection and a photocopy: nothing found.',
    )
    expect(within(panel).getByTestId('warnings-not-checked').textContent).toBe(
      'Not checked by this card reader: tampering, a photo of a screen and covered edges. Check the card itself.',
    )
    expect(panel.textContent).not.toMatch(/no warnings/i)
  })

  it('says the same in Hong Kong Chinese', async () => {
    await i18n.changeLanguage('zh-HK')
    const { panel } = show(localResult())
    expect(within(panel).getByTestId('warnings-none-found').textContent).toBe(
      '已檢查：模糊、反光及影印本，均沒有發現問題。',
    )
    expect(within(panel).getByTestId('warnings-not-checked').textContent).toBe(
      '此辨識服務未有檢查：竄改、翻拍熒幕及邊緣遮擋。請親自檢查證件。',
    )
    expect(panel.textContent).not.toContain('辨識服務沒有發出警告')
  })

  it('shows a warning the reader found as a badge, and still lists what it did not check', () => {
    const { panel } = show(localResult([WARN_PHOTOCOPY]))
    expect(within(panel).getByTestId(`warning-${WARN_PHOTOCOPY}`).textContent).toContain(
      'Looks like a photocopy',
    )
    expect(within(panel).queryByTestId('warnings-none-found')).toBeNull()
    expect(within(panel).getByTestId('warnings-not-checked').textContent).toContain('a photo of a screen')
  })

  it('counts a warning given as checked, even when the reader did not list it', () => {
    const { panel } = show(localResult([WARN_SCREEN]))
    expect(within(panel).getByTestId('warnings-not-checked').textContent).not.toContain('a photo of a screen')
  })

  it('keeps "No warnings from the card reader" for a recognizer that checked every warning (Tencent)', () => {
    const { panel } = show(readResult({ warnings: [] }))
    expect(within(panel).getByTestId('warnings-none-found').textContent).toBe(
      'No warnings from the card reader.',
    )
    expect(within(panel).queryByTestId('warnings-not-checked')).toBeNull()
  })

  it('puts what was checked in the confirmed record', async () => {
    const { onConfirm } = show(localResult())
    await userEvent.setup().click(screen.getByRole('button', { name: /Confirm details/ }))
    expect(onConfirm.mock.calls[0]![0].warningsChecked).toEqual(LOCAL_CHECKS)
  })
})
