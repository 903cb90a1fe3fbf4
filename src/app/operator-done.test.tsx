// @vitest-environment jsdom
// The operator's done screen says where the record went: sending, then "Sent to your back office" with the
// receipt; a failure with "Send again" that keeps the record; and "Next customer" asks first while no receipt
// (or download) holds the record. Real sealing and posting; only the network is stood in for.
import { useMutation } from '@tanstack/react-query'
import { act, cleanup, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { deliverRecordMutation } from '#src/features/record-delivery/api/deliver-record-mutation.ts'
import { checkCard } from '#src/hkid/check-card.ts'
import { buildVerifiedRecord } from '#src/hkid/verified-record.ts'
import { forgetClientConfig } from '#src/session/client-config.ts'
import {
  RECEIPT as receipt,
  stubJoseRealmTextEncoder,
  stubRecordNetwork,
} from '#testing/records/delivery-network.ts'
import { readResult, recognizedAt, renderReview } from '#testing/review/render-review.ts'
import { OperatorDone } from './operator-done.tsx'

const result = { ...readResult(), ticket: 'tkt-1' }

function Done({ onNext }: { onNext: () => void }) {
  const { mutateAsync: deliver } = useMutation(deliverRecordMutation())
  // The record and its send as the flow keeps them in its state: made once, on confirm.
  const [send] = useState(() => {
    const record = buildVerifiedRecord({
      journey: 'operator',
      result,
      card: result.card,
      check: checkCard(result.card, { today: recognizedAt }),
      reasons: {},
      reference: 'case-1',
      recognizedAt,
      confirmedAt: recognizedAt,
    })
    return { record, result, recognizedAt, ticket: result.ticket }
  })
  return (
    <OperatorDone
      confirmed={send.record}
      send={send}
      deliver={deliver}
      reference="case-1"
      delivery={null}
      onDownloaded={() => undefined}
      onNext={onNext}
    />
  )
}

/** The posts to /api/records so far. */
function network(webhook: boolean, records: () => Response | Promise<Response>) {
  const posts = stubRecordNetwork(webhook, records)
  return () => posts().length
}

beforeEach(() => {
  forgetClientConfig()
  stubJoseRealmTextEncoder()
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('OperatorDone', () => {
  it('says "sending", then "sent to your back office" with the receipt, and lets the next customer come', async () => {
    let accept!: (response: Response) => void
    const posts = network(true, () => new Promise<Response>((resolve) => (accept = resolve)))
    const onNext = vi.fn()
    renderReview(<Done onNext={onNext} />)
    expect((await screen.findByText('Sending to your back office…')).dataset.state).toBe('sending')
    await vi.waitFor(() => expect(posts()).toBe(1))
    await act(async () => accept(Response.json({ receipt }, { status: 202 })))
    expect((await screen.findByTestId('webhook-receipt')).textContent).toBe('K7Q2-M9XD')
    expect(screen.getByTestId('webhook-state').textContent).toContain('Sent to your back office — receipt')
    await userEvent.click(screen.getByRole('button', { name: /Next customer/ }))
    expect(onNext).toHaveBeenCalledTimes(1)
  })

  it('a failure keeps the record: it says why, "Send again" sends it, and "Next customer" asks first', async () => {
    const answers = [
      Response.json({ error: { code: 'INTERNAL_ERROR', message: 'm', requestId: 'req-7' } }, { status: 500 }),
      Response.json({ receipt }, { status: 202 }),
    ]
    const posts = network(true, () => answers.shift()!)
    const onNext = vi.fn()
    renderReview(<Done onNext={onNext} />)
    const failed = await screen.findByText(/^Not sent to your back office/)
    expect(failed.textContent).toContain('a problem on our side (request ID req-7)')
    await userEvent.click(screen.getByRole('button', { name: /Next customer/ }))
    expect(onNext).not.toHaveBeenCalled()
    expect(screen.getByRole('alertdialog').textContent).toContain('has not confirmed this record')
    await userEvent.click(screen.getByRole('button', { name: 'Go back' }))
    await userEvent.click(screen.getByRole('button', { name: 'Send again' }))
    expect((await screen.findByTestId('webhook-receipt')).textContent).toBe('K7Q2-M9XD')
    expect(posts()).toBe(2)
  })

  it('without a webhook says nothing of one and posts nothing', async () => {
    const posts = network(false, () => Response.json({ receipt }, { status: 202 }))
    renderReview(<Done onNext={() => undefined} />)
    expect(await screen.findByTestId('delivery-state')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(screen.queryByTestId('webhook-state')).toBeNull()
    expect(posts()).toBe(0)
  })
})
