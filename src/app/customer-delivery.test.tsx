// @vitest-environment jsdom
// The customer's ending is honest: the flow's own reducer and screens with the real sealing and posting, only
// the network stood in for. "Received" never shows before the server's 202; a failure keeps the record and
// photo and "Try again" sends the same record with the same ticket; a host page alone may take it.
import '#src/i18n/journey-strings.ts'
import { QueryClient, QueryClientProvider, useMutation } from '@tanstack/react-query'
import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { compactDecrypt, importJWK } from 'jose'
import { StrictMode, useReducer } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { deliverRecordMutation } from '#src/features/record-delivery/api/deliver-record-mutation.ts'
import {
  CustomerSendFailed,
  CustomerSending,
} from '#src/features/record-delivery/components/customer-delivery-screens.tsx'
import { checkCard } from '#src/hkid/check-card.ts'
import { recordPostSchema } from '#src/hkid/record-delivery-contract.ts'
import { buildVerifiedRecord, type VerifiedRecord } from '#src/hkid/verified-record.ts'
import { forgetClientConfig } from '#src/session/client-config.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import {
  RECEIPT as receipt,
  stubJoseRealmTextEncoder,
  stubRecordNetwork,
} from '#testing/records/delivery-network.ts'
import { TEST_RECORD_PRIVATE_JWK } from '#testing/records/test-record-keys.ts'
import { CustomerEnding } from './customer-ending.tsx'
import { flowReducer, type FlowState } from './flow-state.ts'

const at = new Date('2026-11-25T10:00:00Z')
const result = {
  requestId: 'req-1',
  card: { ...SPECIMEN_FIELDS, idNum: 'A123456(3)' },
  warnings: [],
  portraits: {},
  ticket: 'tkt-1',
}
const record = buildVerifiedRecord({
  journey: 'customer',
  result,
  card: result.card,
  check: checkCard(result.card, { today: at }),
  reasons: {},
  reference: '',
  recognizedAt: at,
  confirmedAt: at,
})
const image = new Blob([new Uint8Array([0xff, 0xd8, 9])], { type: 'image/jpeg' })
const RECEIVED = 'We have received your details.'

/** The flow from the customer's confirm on, as capture-flow.tsx renders it. */
function Flow({ onComplete }: { onComplete?: (record: VerifiedRecord) => boolean }) {
  const [state, dispatch] = useReducer(
    flowReducer,
    { step: 'review', result, recognizedAt: at, image } satisfies FlowState,
    // Each confirm makes its own record object, as review does.
    (review) =>
      flowReducer(review, { type: 'confirmed', record: structuredClone(record), journey: 'customer' }),
  )
  const { mutateAsync: deliver } = useMutation(deliverRecordMutation())
  if (state.step === 'sending')
    return (
      <CustomerSending
        send={state.send}
        deliver={deliver}
        onComplete={onComplete}
        onDelivered={(receipt) => dispatch({ type: 'delivered', ...(receipt ? { receipt } : {}) })}
        onFailed={(failure) => dispatch({ type: 'delivery-failed', failure })}
      />
    )
  if (state.step === 'send-failed')
    return (
      <CustomerSendFailed
        failure={state.failure}
        onTryAgain={() => dispatch({ type: 'send-again' })}
        onBack={() => dispatch({ type: 'back-to-review' })}
        photo={state.send.image && <p data-testid="kept-photo">{state.send.image.size} bytes</p>}
      />
    )
  if (state.step === 'ended')
    return <CustomerEnding staffReview={state.staffReview} receipt={state.receipt} />
  if (state.step === 'review')
    return (
      <p data-testid="review">{state.previous ? `as confirmed ${state.previous.final.idNum}` : 'as read'}</p>
    )
  return <p>{state.step}</p>
}

function show(onComplete?: (record: VerifiedRecord) => boolean) {
  const client = new QueryClient({ defaultOptions: { mutations: { gcTime: 0, retry: 0 } } })
  render(
    <StrictMode>
      <QueryClientProvider client={client}>
        <Flow onComplete={onComplete} />
      </QueryClientProvider>
    </StrictMode>,
  )
}

async function openedRecord(body: string) {
  const { jwe, ticket } = recordPostSchema.parse(JSON.parse(body))
  const key = await importJWK({ ...TEST_RECORD_PRIVATE_JWK, alg: 'ECDH-ES' }, 'ECDH-ES')
  const content = JSON.parse(new TextDecoder().decode((await compactDecrypt(jwe, key)).plaintext)) as {
    record: VerifiedRecord
  }
  return { ticket, record: content.record }
}

beforeEach(() => {
  forgetClientConfig()
  stubJoseRealmTextEncoder()
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe("the customer's record delivery", () => {
  it('says "sending" until the 202, then "received" with the receipt; one post however often it mounts', async () => {
    let accept!: (response: Response) => void
    const posts = stubRecordNetwork(true, () => new Promise<Response>((resolve) => (accept = resolve)))
    show()
    expect(await screen.findByText('Sending your details…')).toBeTruthy()
    await vi.waitFor(() => expect(posts()).toHaveLength(1))
    expect(screen.queryByText(RECEIVED)).toBeNull()
    expect(screen.queryByTestId('customer-ending')).toBeNull()
    await act(async () => accept(Response.json({ receipt }, { status: 202 })))
    expect(await screen.findByText(RECEIVED)).toBeTruthy()
    expect(screen.getByTestId('receipt-reference').textContent).toBe('K7Q2-M9XD')
    expect(posts()).toHaveLength(1)
  })

  it('a busy server: says how long to wait, keeps the record and photo, and "Try again" sends the same record', async () => {
    const answers = [
      Response.json(
        { error: { code: 'TEMPORARILY_UNAVAILABLE', message: 'm' } },
        { status: 503, headers: { 'Retry-After': '7' } },
      ),
      Response.json({ receipt }, { status: 202 }),
    ]
    const posts = stubRecordNetwork(true, () => answers.shift()!)
    show()
    const failed = await screen.findByTestId('customer-send-failed')
    expect(failed.dataset.problem).toBe('busy')
    expect(failed.textContent).toContain('Wait 7 seconds')
    expect(screen.getByTestId('kept-photo').textContent).toBe('3 bytes')
    expect(screen.queryByText(RECEIVED)).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText(RECEIVED)).toBeTruthy()
    const [first, second] = await Promise.all(posts().map(openedRecord))
    expect(second).toEqual(first)
    expect(second!.ticket).toBe('tkt-1')
    expect(second!.record).toEqual(record)
  })

  it.each([
    [409, 'RECORD_TICKET_USED', 'link', 'This link can no longer send your details'],
    [0, 'NETWORK', 'network', 'Your details have not been sent'],
    [500, 'INTERNAL_ERROR', 'ours', 'Request ID: req-9'],
  ])('says what went wrong (%i %s) and never "received"', async (status, code, problem, words) => {
    stubRecordNetwork(true, () => {
      if (status === 0) throw new TypeError('Failed to fetch')
      return Response.json({ error: { code, message: 'm', requestId: 'req-9' } }, { status })
    })
    show()
    const failed = await screen.findByTestId('customer-send-failed')
    expect(failed.dataset.problem).toBe(problem)
    expect(failed.textContent).toContain(words)
    expect(screen.queryByText(RECEIVED)).toBeNull()
  })

  it('a spent link offers no "Try again" or "Back to my details": neither can send the details', async () => {
    stubRecordNetwork(true, () =>
      Response.json({ error: { code: 'RECORD_TICKET_USED', message: 'm' } }, { status: 409 }),
    )
    show()
    const failed = await screen.findByTestId('customer-send-failed')
    expect(failed.dataset.problem).toBe('link')
    expect(within(failed).queryAllByRole('button')).toEqual([])
  })

  it('"Back to my details" returns to review with the details as confirmed', async () => {
    stubRecordNetwork(true, () =>
      Response.json({ error: { code: 'INTERNAL_ERROR', message: 'm' } }, { status: 500 }),
    )
    show()
    await userEvent.click(await screen.findByRole('button', { name: 'Back to my details' }))
    expect(screen.getByTestId('review').textContent).toBe('as confirmed A123456(3)')
  })

  it('with no webhook, the host page taking the record is received (no receipt); not taking it is a failure', async () => {
    const posts = stubRecordNetwork(false, () => Response.json({ receipt }, { status: 202 }))
    const taken = vi.fn(() => true)
    show(taken)
    expect(await screen.findByText(RECEIVED)).toBeTruthy()
    expect(screen.queryByTestId('receipt-reference')).toBeNull()
    expect(taken).toHaveBeenCalledTimes(1)
    expect(taken).toHaveBeenCalledWith(record)
    cleanup()
    forgetClientConfig()
    show(() => false)
    expect((await screen.findByTestId('customer-send-failed')).dataset.problem).toBe('ours')
    expect(posts()).toHaveLength(0)
  })

  it('with a webhook and a host page, both get the record, and "received" waits for the webhook', async () => {
    const posts = stubRecordNetwork(true, () => Response.json({ receipt }, { status: 202 }))
    const taken = vi.fn(() => true)
    show(taken)
    expect(await screen.findByTestId('receipt-reference')).toBeTruthy()
    expect(taken).toHaveBeenCalledTimes(1)
    expect(posts()).toHaveLength(1)
  })
})
