// @vitest-environment jsdom
// The done screen's summary shows the confirmed name and number, and hides the number when "Hide number" is on.
import { cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { checkCard } from '#src/hkid/check-card.ts'
import { buildVerifiedRecord } from '#src/hkid/verified-record.ts'
import { readResult, recognizedAt, renderReview, VALID_ID } from '#testing/review/render-review.ts'
import { setNumberHidden } from '../lib/mask-id.ts'
import { ConfirmedCard } from './confirmed-card.tsx'

const result = readResult()
const record = buildVerifiedRecord({
  journey: 'operator',
  result,
  card: { ...result.card, enName: 'CHAN, Tai Man' },
  check: checkCard(result.card, { today: recognizedAt }),
  reasons: {},
  reference: '',
  recognizedAt,
  confirmedAt: recognizedAt,
})

afterEach(() => {
  cleanup()
  setNumberHidden(false)
})

describe('what was confirmed', () => {
  it('shows the final name (as corrected) and number', () => {
    renderReview(<ConfirmedCard record={record} />)
    expect(screen.getByTestId('confirmed-name').textContent).toContain('CHAN, Tai Man')
    expect(screen.getByTestId('confirmed-number').textContent).toBe(VALID_ID)
  })

  it('hides the number while "Hide number" is on', () => {
    setNumberHidden(true)
    renderReview(<ConfirmedCard record={record} />)
    expect(screen.getByTestId('confirmed-number').textContent).toBe('A••••••(•)')
  })
})
