// The record says who read the card (READ_ON): the device when the journey read it there, else the server.
import { describe, expect, it } from 'vitest'
import type { RecognizeResult } from './recognize-contract.ts'
import { verifiedRecordSchema } from './verified-record.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { confirmedRecord as record } from '#testing/records/confirmed-record.ts'

const result: RecognizeResult = { requestId: 'r-1', card: SPECIMEN_FIELDS, warnings: [], portraits: {} }

describe('the verified record’s reader', () => {
  it('is the device when the journey read the card there', () => {
    expect(record({ ...result, readOn: 'device' }).reader).toBe('device')
  })

  it('is the server when the server read it, or when nothing says (a result from before READ_ON)', () => {
    expect(record({ ...result, readOn: 'server' }).reader).toBe('server')
    expect(record(result).reader).toBe('server')
  })

  it('is optional in the schema, so records made before it still validate', () => {
    const { reader: _reader, ...earlier } = record(result)
    expect(verifiedRecordSchema.safeParse(earlier).success).toBe(true)
    expect(verifiedRecordSchema.safeParse({ ...earlier, reader: 'phone' }).success).toBe(false)
  })
})
