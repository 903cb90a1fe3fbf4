// @vitest-environment jsdom
// The operator's review as a person uses it: fields typed into, findings that block Confirm until corrected or
// accepted with a reason, and the record Confirm produces. Real strings (src/i18n), real card checks.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import {
  readResult,
  recognizedAt,
  renderReview,
  VALID_ID,
  WRONG_DIGIT,
} from '#testing/review/render-review.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import { ReviewForm } from './review-form.tsx'

afterEach(cleanup)

const result = readResult

function show(read: RecognizeResult) {
  const onConfirm = vi.fn<(record: VerifiedRecord) => void>()
  const onRetake = vi.fn()
  renderReview(
    <ReviewForm
      result={read}
      recognizedAt={recognizedAt}
      reference="C-1"
      onConfirm={onConfirm}
      onRetake={onRetake}
    />,
  )
  const confirm = screen.getByRole('button', { name: /Confirm details/ })
  return { onConfirm, onRetake, confirm, user: userEvent.setup() }
}

const confirmed = (onConfirm: { mock: { calls: [VerifiedRecord][] } }) => onConfirm.mock.calls[0]![0]

describe('ReviewForm', () => {
  it('shows a field typed into as edited, and "Undo edit" puts back what was read', async () => {
    const { user } = show(result())
    const name = screen.getByLabelText('English name')
    const field = screen.getByTestId('field-enName')
    expect(within(field).queryByText('Edited')).toBeNull()

    await user.clear(name)
    await user.type(name, 'CHAN, Tai-man')
    expect(within(field).getByText('Edited')).toBeTruthy()
    expect(within(screen.getByTestId('field-idNum')).queryByText('Edited')).toBeNull()

    await user.click(
      within(field).getByRole('button', { name: 'Reset English name to the value read from the card' }),
    )
    expect((name as HTMLInputElement).value).toBe(SPECIMEN_FIELDS.enName)
    expect(within(field).queryByText('Edited')).toBeNull()
  })

  it('confirms a clean card at once, with the edits it was given', async () => {
    const { user, confirm, onConfirm } = show(result())
    await user.clear(screen.getByLabelText('English name'))
    await user.type(screen.getByLabelText('English name'), 'CHAN, Tai-man')
    expect(confirm.getAttribute('aria-disabled')).toBe('false')
    await user.click(confirm)
    expect(onConfirm).toHaveBeenCalledTimes(1)
    const record = confirmed(onConfirm)
    expect(record.edits).toEqual([{ field: 'enName', from: SPECIMEN_FIELDS.enName, to: 'CHAN, Tai-man' }])
    expect(record.reference).toBe('C-1')
    expect(record.journey).toBe('operator')
  })

  it('blocks Confirm on a wrong check digit until the number is corrected', async () => {
    const { user, confirm, onConfirm } = show(result({ card: { ...result().card, idNum: WRONG_DIGIT } }))
    expect(confirm.getAttribute('aria-disabled')).toBe('true')
    expect(screen.getByTestId('confirm-blocked').textContent).toBe(
      'Confirm is blocked: 1 item needs a correction or a reason.',
    )
    expect(screen.getByLabelText('Identity card number').getAttribute('aria-invalid')).toBe('true')
    await user.click(confirm)
    expect(onConfirm).not.toHaveBeenCalled()

    await user.clear(screen.getByLabelText('Identity card number'))
    await user.type(screen.getByLabelText('Identity card number'), VALID_ID)
    expect(confirm.getAttribute('aria-disabled')).toBe('false')
    expect(screen.queryByTestId('confirm-blocked')).toBeNull()
    await user.click(confirm)
    const record = confirmed(onConfirm)
    expect(record.final.idNum).toBe(VALID_ID)
    expect(record.edits).toEqual([{ field: 'idNum', from: WRONG_DIGIT, to: VALID_ID }])
    expect(record.overrides).toEqual([])
  })

  it('lets the operator accept a wrong check digit with a reason, which the record keeps', async () => {
    const { user, confirm, onConfirm } = show(result({ card: { ...result().card, idNum: WRONG_DIGIT } }))
    const reasons = screen.getByTestId('override-reasons')
    const reason = within(reasons).getByRole('textbox')
    await user.type(reason, '   ')
    expect(confirm.getAttribute('aria-disabled')).toBe('true')
    await user.type(reason, 'Card checked in hand')
    expect(confirm.getAttribute('aria-disabled')).toBe('false')
    await user.click(confirm)
    const record = confirmed(onConfirm)
    expect(record.final.idNum).toBe(WRONG_DIGIT)
    expect(record.overrides).toEqual([
      expect.objectContaining({ code: 'ID_CHECK_DIGIT', field: 'idNum', rule: 'ERROR_FINDING' }),
    ])
    expect(record.overrides[0]!.reason.trim()).toBe('Card checked in hand')
  })

  it("blocks Confirm on Tencent's tampering warning until accepted, and records the acceptance", async () => {
    const { user, confirm, onConfirm } = show(result({ warnings: [-9104] }))
    expect(confirm.getAttribute('aria-disabled')).toBe('true')
    await user.click(confirm)
    expect(onConfirm).not.toHaveBeenCalled()
    await user.type(
      within(screen.getByTestId('reason-TAMPERING')).getByRole('textbox'),
      'Laminate peeling, seen',
    )
    await user.click(confirm)
    expect(confirmed(onConfirm).acceptedWarnings).toEqual([
      { code: -9104, rule: 'TAMPERING', reason: 'Laminate peeling, seen' },
    ])
  })

  it('asks before a retake throws away corrections, and not when there are none', async () => {
    const first = show(result())
    await first.user.click(screen.getByRole('button', { name: /Retake/ }))
    expect(first.onRetake).toHaveBeenCalledTimes(1)
    cleanup()

    const second = show(result())
    await second.user.type(screen.getByLabelText('English name'), 'X')
    await second.user.click(screen.getByRole('button', { name: /Retake/ }))
    expect(second.onRetake).not.toHaveBeenCalled()
    const ask = screen.getByRole('alertdialog', { name: 'Retake the photo?' })
    await second.user.click(within(ask).getByRole('button', { name: 'Keep editing' }))
    expect(second.onRetake).not.toHaveBeenCalled()
    expect((ask as HTMLDialogElement).open).toBe(false)
    await second.user.click(screen.getByRole('button', { name: /Retake/ }))
    await second.user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Retake photo' }),
    )
    expect(second.onRetake).toHaveBeenCalledTimes(1)
  })
})
