// @vitest-environment jsdom
// The customer's own review: the fields they can check on their card, corrections, and what still looks wrong
// sent on for staff — never the operator's reasons, overrides or card warnings. Real strings and card checks.
import { cleanup, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
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
import { CUSTOMER_FIELDS, CustomerReview } from './customer-review.tsx'

afterEach(cleanup)

const result = readResult

function show(read: RecognizeResult) {
  const onConfirm = vi.fn<(record: VerifiedRecord) => void>()
  const onRetake = vi.fn()
  renderReview(
    <CustomerReview result={read} recognizedAt={recognizedAt} onConfirm={onConfirm} onRetake={onRetake} />,
  )
  return {
    onConfirm,
    onRetake,
    send: screen.getByRole('button', { name: 'Send my details' }),
    user: userEvent.setup(),
  }
}

describe('CustomerReview', () => {
  it('shows the fields a customer can read off their card, and none of the rest', () => {
    show(result())
    const shown = screen.getAllByTestId(/^field-/).map((element) => element.dataset.testid)
    expect(shown.sort()).toEqual(CUSTOMER_FIELDS.map((field) => `field-${field}`).sort())
    expect(screen.queryByLabelText('Symbols')).toBeNull()
    expect(screen.queryByLabelText('Window text')).toBeNull()
  })

  it('sends a correction as an edit, with no staff review needed', async () => {
    const { user, send, onConfirm } = show(result({ card: { ...result().card, idNum: WRONG_DIGIT } }))
    expect(screen.getByTestId('customer-unresolved')).toBeTruthy()
    await user.clear(screen.getByLabelText('Identity card number'))
    await user.type(screen.getByLabelText('Identity card number'), VALID_ID)
    expect(within(screen.getByTestId('field-idNum')).getByText('Edited')).toBeTruthy()
    expect(screen.queryByTestId('customer-unresolved')).toBeNull()
    await user.click(send)
    const record = onConfirm.mock.calls[0]![0]
    expect(record.journey).toBe('customer')
    expect(record.edits).toEqual([{ field: 'idNum', from: WRONG_DIGIT, to: VALID_ID }])
    expect(record.staffReview).toEqual({ needed: false, findings: [], warnings: [] })
  })

  it('cannot accept an error with a reason: it is named in plain words and sent on for staff', async () => {
    const { user, send, onConfirm } = show(result({ card: { ...result().card, idNum: WRONG_DIGIT } }))
    expect(screen.queryByTestId('override-reasons')).toBeNull()
    expect(screen.queryByText('To resolve before confirming')).toBeNull()
    expect(screen.queryByTestId('confirm-blocked')).toBeNull()
    expect(within(screen.getByTestId('customer-unresolved')).getByRole('listitem').textContent).toBe(
      'Identity card number: This does not look right. Check it against your card and correct it, or retake the photo.',
    )
    expect((send as HTMLButtonElement).disabled).toBe(false)
    await user.click(send)
    const record = onConfirm.mock.calls[0]![0]
    expect(record.overrides).toEqual([])
    expect(record.staffReview?.needed).toBe(true)
    expect(record.staffReview?.findings).toEqual([expect.objectContaining({ code: 'ID_CHECK_DIGIT' })])
  })

  it("never shows Tencent's card warnings, which are for staff; a blurred photo gets a plain hint", () => {
    show(result({ warnings: [-9104, -9108] }))
    expect(screen.queryByText(/tamper/i)).toBeNull()
    expect(screen.queryByTestId('override-reasons')).toBeNull()
    expect(screen.getByTestId('photo-hint').textContent).toMatch(/little unclear/)
  })

  it('asks before a retake throws away corrections', async () => {
    const { user, onRetake } = show(result())
    await user.type(screen.getByLabelText('English name'), 'X')
    await user.click(screen.getByRole('button', { name: 'Retake photo' }))
    expect(onRetake).not.toHaveBeenCalled()
    const ask = screen.getByRole('alertdialog', { name: 'Retake the photo?' })
    expect(within(ask).getByText('The corrections you typed will be lost.')).toBeTruthy()
    await user.click(within(ask).getByRole('button', { name: 'Retake photo' }))
    expect(onRetake).toHaveBeenCalledTimes(1)
  })

  it('sends nothing without the number, a name, the date of birth and the sex: each asked for by name', async () => {
    const blank = { ...result().card, idNum: '', enName: '', cnName: '', birthday: '', sex: null }
    const { user, send, onConfirm, onRetake } = show(result({ card: blank, warnings: [-9108] }))
    const needs = screen.getByTestId('customer-needs')
    expect(
      within(needs)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Identity card number', 'Name, in English or Chinese', 'Date of birth', 'Sex'])
    // Each field's note is said once, at the field, not again in the box.
    expect(
      screen.getAllByText(
        'We could not read your identity card number — type it as on your card, or retake the photo.',
      ),
    ).toHaveLength(1)
    await user.click(send)
    expect(onConfirm).not.toHaveBeenCalled()
    expect(document.activeElement).toBe(within(needs).getByRole('heading'))
    // A Chinese name is a name: with it (and the rest) typed, the details go.
    await user.type(screen.getByLabelText('Chinese name'), '陳大文')
    await user.type(screen.getByLabelText('Identity card number'), VALID_ID)
    await user.type(screen.getByLabelText('Date of birth'), '01-01-1990')
    await user.selectOptions(screen.getByLabelText('Sex'), 'M')
    expect(screen.queryByTestId('customer-needs')).toBeNull()
    await user.click(send)
    expect(onConfirm).toHaveBeenCalledTimes(1)
    expect(onConfirm.mock.calls[0]![0].final).toMatchObject({ cnName: '陳大文', enName: '', sex: 'M' })
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Retake photo' }))
    expect(onRetake).not.toHaveBeenCalled()
  })

  it('says one thing per field, in the customer’s words, and no codes or characters for staff', () => {
    const characters = [
      { char: '陳', code: '7115', confirmed: true },
      { char: '编', code: '', confirmed: false },
    ]
    show(
      result({
        card: { ...result().card, idNum: '', cnName: '陳编' },
        reading: { reader: 'local', uncertainFields: ['idNum', 'cnName'], cnNameCharacters: characters },
      }),
    )
    for (const field of ['idNum', 'cnName']) {
      const notes = within(screen.getByTestId(`field-${field}`)).getAllByTestId(/^finding-/)
      expect(notes).toHaveLength(1)
    }
    const idNote = within(screen.getByTestId('field-idNum')).getByTestId(/^finding-/)
    expect(idNote.dataset.note).toBe('missing')
    expect(within(screen.getByTestId('field-cnName')).getByTestId(/^finding-/).textContent).toBe(
      'We are not sure we read this correctly. Check it against your card.',
    )
    const text = document.body.textContent ?? ''
    expect(text).not.toMatch(/Character \d|code —|a record needs it|The reader is not sure/)
    expect(screen.queryByTestId('name-char-unconfirmed')).toBeNull()
  })
})
