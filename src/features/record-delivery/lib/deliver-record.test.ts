// One record delivery, as the flow makes it: the client config's key, the record sealed with the photo and
// portraits, posted with the recognition's ticket and non-personal routing — and each failure as the screens
// show it. Only the network is stood in for (fetch); the business opens what was posted with its private key.
import { compactDecrypt, importJWK } from 'jose'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { recordPostSchema, sealedContentSchema } from '#src/hkid/record-delivery-contract.ts'
import { checkCard } from '#src/hkid/check-card.ts'
import { buildVerifiedRecord } from '#src/hkid/verified-record.ts'
import { forgetClientConfig } from '#src/session/client-config.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { TEST_RECORD_PRIVATE_JWK, TEST_RECORD_PUBLIC_JWK } from '#testing/records/test-record-keys.ts'
import { deliverRecordMutation } from '../api/deliver-record-mutation.ts'
import type { RecordToDeliver } from './deliver-record.ts'

/** The flow's mutation, as the screens call it: the client config's key, then the delivery's own code. */
const sendRecord = (record: RecordToDeliver) => deliverRecordMutation().mutationFn!(record, {} as never)

const at = new Date('2026-11-25T10:00:00Z')
const result = {
  requestId: 'req-1',
  card: { ...SPECIMEN_FIELDS, idNum: 'A123456(3)' },
  warnings: [],
  portraits: { primary: 'cG9ydHJhaXQ=' },
  ticket: 'tkt-1',
}
const recordInput = {
  journey: 'operator' as const,
  result,
  card: result.card,
  check: checkCard(result.card, { today: at }),
  reasons: {},
  reference: '  case-42 ',
  recognizedAt: at,
  confirmedAt: at,
}
const record = buildVerifiedRecord(recordInput)
const photo = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
const send: RecordToDeliver = {
  record,
  result,
  image: new Blob([photo], { type: 'image/jpeg' }),
  ticket: result.ticket,
}
const receipt = {
  id: 'rec_0123456789abcdefgh',
  reference: 'K7Q2-M9XD',
  acceptedAt: '2026-11-25T10:01:00.000Z',
}

type Answer = () => Response
function network(webhook: boolean, records: Answer) {
  const config = { recordHostOrigin: null, recognizeDeadlineMs: 30_000 }
  const fetch = vi.fn<typeof globalThis.fetch>(async (url) => {
    if (url === '/api/client-config')
      return Response.json({
        ...config,
        recordWebhook: webhook ? { publicJwk: TEST_RECORD_PUBLIC_JWK } : null,
      })
    if (url === '/api/records') return records()
    return new Response(null, { status: 404 })
  })
  vi.stubGlobal('fetch', fetch)
  return { posts: () => fetch.mock.calls.filter(([url]) => url === '/api/records') }
}

beforeEach(() => {
  forgetClientConfig()
  vi.stubGlobal('navigator', { onLine: true })
})
afterEach(() => vi.unstubAllGlobals())

describe('deliverRecordMutation', () => {
  it('posts the record sealed with its photo and portraits, the ticket and routing with nothing personal', async () => {
    const { posts } = network(true, () => Response.json({ receipt }, { status: 202 }))
    expect(await sendRecord(send)).toEqual({ receipt })
    const body = recordPostSchema.parse(JSON.parse(posts()[0]![1]!.body as string))
    expect(body.ticket).toBe('tkt-1')
    expect(body.routing).toEqual({ journey: 'operator', staffReview: false, reference: 'case-42' })
    const key = await importJWK({ ...TEST_RECORD_PRIVATE_JWK, alg: 'ECDH-ES' }, 'ECDH-ES')
    const opened = sealedContentSchema.parse(
      JSON.parse(new TextDecoder().decode((await compactDecrypt(body.jwe, key)).plaintext)),
    )
    expect(opened.record).toEqual(record)
    expect(opened.record.final.idNum).toBe('A123456(3)')
    expect(new Uint8Array(Buffer.from(opened.photo!.base64, 'base64'))).toEqual(photo)
    expect(opened.portraits).toEqual({ primary: 'cG9ydHJhaXQ=' })
    // The card travels only inside the JWE.
    expect(posts()[0]![1]!.body).not.toContain('A123456')
  })

  it('sends nothing when no webhook is configured', async () => {
    const { posts } = network(false, () => Response.json({ receipt }, { status: 202 }))
    expect(await sendRecord(send)).toBeNull()
    expect(posts()).toHaveLength(0)
  })

  it('without a ticket posts nothing and says it is our fault', async () => {
    const { posts } = network(true, () => Response.json({ receipt }, { status: 202 }))
    expect(await sendRecord({ ...send, ticket: undefined })).toEqual({
      failure: { code: 'RECORD_DELIVERY_OFF', problem: 'ours' },
    })
    expect(posts()).toHaveLength(0)
  })

  it.each([
    [503, 'TEMPORARILY_UNAVAILABLE', { 'Retry-After': '7' }, { problem: 'busy', waitSeconds: 7 }],
    [429, 'RATE_LIMITED', { 'Retry-After': '0' }, { problem: 'busy', waitSeconds: 1 }],
    [409, 'RECORD_TICKET_USED', {}, { problem: 'link' }],
    [403, 'RECORD_TICKET_INVALID', {}, { problem: 'link' }],
    [401, 'UNAUTHORIZED', {}, { problem: 'link' }],
    [500, 'INTERNAL_ERROR', {}, { problem: 'ours', requestId: 'req-9' }],
    [413, 'RECORD_TOO_LARGE', {}, { problem: 'ours', requestId: 'req-9' }],
  ])('a %i %s is shown as what it means', async (status, code, headers, expected) => {
    network(true, () =>
      Response.json({ error: { code, message: 'm', requestId: 'req-9' } }, { status, headers }),
    )
    const outcome = await sendRecord(send)
    expect(outcome).toMatchObject({ failure: { code, ...expected } })
  })

  it('a dropped connection is a network failure', async () => {
    network(true, () => {
      throw new TypeError('Failed to fetch')
    })
    expect(await sendRecord(send)).toEqual({ failure: { code: 'NETWORK', problem: 'network' } })
  })

  it('posts the very same sealed record again on a retry, so a lost answer does not become a second record', async () => {
    let answers = 0
    const { posts } = network(true, () => {
      answers++
      if (answers === 1) throw new TypeError('Failed to fetch')
      return Response.json({ receipt }, { status: 202 })
    })
    const retried = { ...send, record: buildVerifiedRecord({ ...recordInput, reference: 'retry' }) }
    expect(await sendRecord(retried)).toEqual({ failure: { code: 'NETWORK', problem: 'network' } })
    expect(await sendRecord(retried)).toEqual({ receipt })
    const [first, second] = posts().map(([, init]) => recordPostSchema.parse(JSON.parse(String(init?.body))))
    expect(second?.jwe).toBe(first?.jwe)
    // Another record (an edit after "Back to my details") is sealed anew.
    const edited = { ...retried, record: buildVerifiedRecord({ ...recordInput, reference: 'edited' }) }
    await sendRecord(edited)
    expect(recordPostSchema.parse(JSON.parse(String(posts()[2]?.[1]?.body))).jwe).not.toBe(first?.jwe)
  })
})
