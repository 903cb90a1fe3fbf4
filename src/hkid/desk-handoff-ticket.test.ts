// The desk hand-off carries the recognition's record delivery ticket from the phone to the desk: the desk
// posts the record with it (and its own token), so the phone's sealed message must not drop it.
import { describe, expect, it } from 'vitest'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { handoffMessageSchema } from './desk-handoff-contract.ts'

describe('the desk hand-off message', () => {
  it('keeps the ticket of the phone’s recognition', () => {
    const message = {
      kind: 'result',
      result: { requestId: 'req-1', card: SPECIMEN_FIELDS, warnings: [], portraits: {}, ticket: 'tkt-phone' },
      recognizedAt: '2026-11-25T10:00:00.000Z',
    }
    const parsed = handoffMessageSchema.parse(JSON.parse(JSON.stringify(message)))
    expect(parsed.kind === 'result' && parsed.result.ticket).toBe('tkt-phone')
  })
})
