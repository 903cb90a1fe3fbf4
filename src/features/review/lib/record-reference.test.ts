import { describe, expect, it } from 'vitest'
import { recordFileName, withReference } from './record-reference.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'

const record = { requestId: 'req-1', reference: 'OLD' } as VerifiedRecord

describe('the customer reference on a confirmed record', () => {
  it('follows a correction made after confirming, and goes away when cleared', () => {
    expect(withReference(record, ' CASE-7 ').reference).toBe('CASE-7')
    expect('reference' in withReference(record, '  ')).toBe(false)
    expect(record.reference).toBe('OLD')
  })

  it('names the file, made safe for any file system, in any script', () => {
    expect(recordFileName(withReference(record, 'CASE/2026 0042'))).toBe(
      'hkid-record-CASE-2026-0042-req-1.json',
    )
    expect(recordFileName(withReference(record, '陳大文 #12'))).toBe('hkid-record-陳大文-12-req-1.json')
    expect(recordFileName(withReference(record, '../..'))).toBe('hkid-record-req-1.json')
    expect(recordFileName(withReference(record, ''))).toBe('hkid-record-req-1.json')
  })
})
