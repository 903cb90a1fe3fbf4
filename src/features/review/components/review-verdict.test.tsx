// @vitest-environment jsdom
// One verdict for a window text that does not repeat the number: the operator's review blocks Confirm on it, so
// the note at the field says "Needs a reason" in the same red as the item below, never an amber "Check".
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '#src/i18n/setup-i18n.ts'
import { readResult, recognizedAt, renderReview, VALID_ID } from '#testing/review/render-review.ts'
import { ReviewForm } from './review-form.tsx'

const mismatch = readResult({
  card: { ...readResult().card, idNum: VALID_ID, windowEmbeddedText: 'Z999999', hkidVersion: 'HKID-2018' },
})

beforeEach(() => i18n.changeLanguage('en'))
afterEach(cleanup)

/** The review of a card whose window text differs from its number */
const renderMismatch = () =>
  renderReview(
    <ReviewForm
      result={mismatch}
      recognizedAt={recognizedAt}
      reference=""
      onConfirm={vi.fn()}
      onRetake={vi.fn()}
    />,
  )

describe('a window-text mismatch has one verdict', () => {
  it('at the field and below, the operator is told it needs a reason', () => {
    renderMismatch()
    const note = within(screen.getByTestId('field-windowEmbeddedText')).getByTestId('finding-WINDOW_MISMATCH')
    expect(note.dataset.verdict).toBe('needs-reason')
    expect(note.textContent).toMatch(/^✕Needs a reason:/)
    expect(note.className).toMatch(/red/)
    expect(note.className).not.toMatch(/amber/)
    expect(screen.getByTestId('reason-WINDOW_TEXT_MISMATCH')).toBeTruthy()
  })

  it('in Hong Kong Chinese too', async () => {
    await i18n.changeLanguage('zh-HK')
    renderMismatch()
    const note = within(screen.getByTestId('field-windowEmbeddedText')).getByTestId('finding-WINDOW_MISMATCH')
    expect(note.textContent).toMatch(/^✕須填寫理由:/)
  })
})
