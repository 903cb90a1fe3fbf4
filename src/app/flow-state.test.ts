import { describe, expect, it } from 'vitest'
import { checkCard } from '#src/hkid/check-card.ts'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { buildVerifiedRecord } from '#src/hkid/verified-record.ts'
import type { Journey } from '#src/session/journey.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { flowReducer, visibleStep, type FlowEvent, type FlowState } from './flow-state.ts'

const recognizedAt = new Date('2026-11-25T10:00:00Z')
const image = new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' })

function resultFor(idNum: string): RecognizeResult {
  return { requestId: 'req-1', card: { ...SPECIMEN_FIELDS, idNum }, warnings: [], portraits: {} }
}

function recordOf(journey: Journey, result: RecognizeResult) {
  return buildVerifiedRecord({
    journey,
    result,
    card: result.card,
    check: checkCard(result.card, { today: recognizedAt }),
    reasons: {},
    reference: '',
    recognizedAt,
    confirmedAt: recognizedAt,
  })
}

const receipt = { id: 'rec_0123456789abcdefgh', reference: 'K7Q2-M9XD', acceptedAt: '2026-11-25T10:01:00Z' }

const run = (events: FlowEvent[], from: FlowState = { step: 'capture' }) => events.reduce(flowReducer, from)
const review = (result = resultFor('A123456(3)')): FlowState =>
  run([{ type: 'recognized', result, recognizedAt, image, onPhone: false }])

describe('flowReducer', () => {
  it('goes capture → preparing → check → reading → review, keeping the photo for review', () => {
    const result = resultFor('A123456(3)')
    const states: FlowState[] = []
    ;(
      [
        { type: 'preparing' },
        { type: 'check', image, source: 'camera', problems: [] },
        { type: 'reading' },
        { type: 'recognized', result, recognizedAt, image, onPhone: false },
      ] satisfies FlowEvent[]
    ).reduce<FlowState>(
      (state, event) => {
        const next = flowReducer(state, event)
        states.push(next)
        return next
      },
      { step: 'capture' },
    )
    expect(states.map((state) => state.step)).toEqual(['recognizing', 'check', 'recognizing', 'review'])
    expect(states[0]).toEqual({ step: 'recognizing', phase: 'preparing' })
    expect(states[2]).toEqual({ step: 'recognizing', phase: 'reading' })
    expect(states[3]).toEqual({ step: 'review', result, recognizedAt, image })
    expect(states.map(visibleStep)).toEqual(['capture', 'capture', 'capture', 'review'])
  })

  it('on a phone opened from a desk, a reading is sent back instead of reviewed', () => {
    const state = run([{ type: 'recognized', result: resultFor('A123456(3)'), recognizedAt, onPhone: true }])
    expect(state).toEqual({ step: 'sent' })
    expect(visibleStep(state)).toBe('done')
  })

  it('an error keeps the photo and the request id, and a retake starts over without it', () => {
    const failed = run([
      { type: 'reading' },
      { type: 'failed', code: 'UPSTREAM_TIMEOUT', requestId: 'req-9', image },
    ])
    expect(failed).toEqual({ step: 'error', code: 'UPSTREAM_TIMEOUT', requestId: 'req-9', image })
    expect(flowReducer(failed, { type: 'retake' })).toEqual({ step: 'capture' })
  })

  it('replacing an uploaded photo opens the file picker again; a camera photo goes back to the camera', () => {
    const checking = (source: 'camera' | 'file') =>
      run([{ type: 'check', image, source, problems: ['blur'] }])
    expect(flowReducer(checking('file'), { type: 'replace-photo' })).toEqual({
      step: 'capture',
      upload: true,
    })
    expect(flowReducer(checking('camera'), { type: 'replace-photo' })).toEqual({ step: 'capture' })
  })

  it("confirms an operator's review into done with the record", () => {
    const result = resultFor('A123456(3)')
    const record = recordOf('operator', result)
    expect(flowReducer(review(result), { type: 'confirmed', record, journey: 'operator' })).toEqual({
      step: 'done',
      record,
      send: { record, result, recognizedAt, image, ticket: undefined },
    })
  })

  it("sends a customer's record before it ends, and ends saying whether staff must look at it", () => {
    const wrongDigit = resultFor('A123456(4)')
    const flagged = recordOf('customer', wrongDigit)
    expect(flagged.staffReview?.needed).toBe(true)
    const sending = flowReducer(review(wrongDigit), {
      type: 'confirmed',
      record: flagged,
      journey: 'customer',
    })
    expect(sending).toEqual({
      step: 'sending',
      send: { record: flagged, result: wrongDigit, recognizedAt, image },
    })
    expect(visibleStep(sending)).toBe('review')
    expect(flowReducer(sending, { type: 'delivered', receipt })).toEqual({
      step: 'ended',
      staffReview: true,
      receipt,
    })
    const clean = resultFor('A123456(3)')
    const cleanSending = flowReducer(review(clean), {
      type: 'confirmed',
      record: recordOf('customer', clean),
      journey: 'customer',
    })
    // Taken by the host page alone: received, with no receipt to show.
    expect(flowReducer(cleanSending, { type: 'delivered' })).toEqual({ step: 'ended', staffReview: false })
  })

  it('never says received before a record is on its way', () => {
    const result = resultFor('A123456(3)')
    for (const state of [review(result), { step: 'capture' } as FlowState, { step: 'ready' } as FlowState])
      expect(flowReducer(state, { type: 'delivered', receipt })).toBe(state)
  })

  it('a failed send keeps the record and photo, sends it again, or goes back to the details as confirmed', () => {
    const result = { ...resultFor('A123456(3)'), ticket: 'tkt-1' }
    const record = recordOf('customer', result)
    const failure = { code: 'TEMPORARILY_UNAVAILABLE' as const, problem: 'busy' as const, waitSeconds: 5 }
    const failed = run(
      [
        { type: 'confirmed', record, journey: 'customer' },
        { type: 'delivery-failed', failure },
      ],
      { step: 'review', result, recognizedAt, image },
    )
    const send = { record, result, recognizedAt, image, ticket: 'tkt-1' }
    expect(failed).toEqual({ step: 'send-failed', send, failure })
    expect(visibleStep(failed)).toBe('review')
    const again = flowReducer(failed, { type: 'send-again' })
    expect(again).toEqual({ step: 'sending', send })
    // Each attempt is its own object: the sending screen sends each once.
    expect(again.step === 'sending' && failed.step === 'send-failed' && again.send !== failed.send).toBe(true)
    expect(flowReducer(failed, { type: 'back-to-review' })).toEqual({
      step: 'review',
      result,
      recognizedAt,
      image,
      previous: record,
    })
    // Only a send that failed goes back or again.
    expect(flowReducer(review(result), { type: 'send-again' })).toEqual(review(result))
  })

  it('confirms only a review, and only once', () => {
    const result = resultFor('A123456(3)')
    const record = recordOf('operator', result)
    const done = flowReducer(review(result), { type: 'confirmed', record, journey: 'operator' })
    expect(
      flowReducer(done, { type: 'confirmed', record: recordOf('operator', result), journey: 'operator' }),
    ).toBe(done)
    const capturing: FlowState = { step: 'capture' }
    expect(flowReducer(capturing, { type: 'confirmed', record, journey: 'operator' })).toBe(capturing)
  })

  it('next customer leaves nothing of the last one: the ready screen, from any step', () => {
    const result = resultFor('A123456(3)')
    const done = run(
      [{ type: 'confirmed', record: recordOf('operator', result), journey: 'operator' }],
      review(result),
    )
    expect(flowReducer(done, { type: 'next-customer' })).toEqual({ step: 'ready' })
    expect(flowReducer(review(result), { type: 'next-customer' })).toEqual({ step: 'ready' })
    expect(flowReducer({ step: 'ready' }, { type: 'start' })).toEqual({ step: 'capture' })
  })

  it('a desk hands the capture to a phone and reviews what comes back', () => {
    const result = resultFor('A123456(3)')
    const handoff = run([{ type: 'hand-off-to-phone' }])
    expect(handoff).toEqual({ step: 'handoff' })
    expect(flowReducer(handoff, { type: 'recognized', result, recognizedAt, onPhone: false })).toEqual({
      step: 'review',
      result,
      recognizedAt,
    })
  })
})
