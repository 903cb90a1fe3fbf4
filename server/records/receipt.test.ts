import { describe, expect, it } from 'vitest'
import { recordReceiptSchema } from '#src/hkid/record-delivery-contract.ts'
import { receiptIdsFrom, REFERENCE_ALPHABET, referenceFor } from './receipt.ts'

const newReceiptIds = () => receiptIdsFrom(crypto.getRandomValues(new Uint8Array(16)))

describe('receipts', () => {
  it('read the reference from the first 40 bits, 5 bits a symbol', () => {
    expect(referenceFor(new Uint8Array(16))).toBe('2222-2222')
    expect(referenceFor(new Uint8Array(16).fill(0xff))).toBe('ZZZZ-ZZZZ')
    // 0b00001 00010 00011 … : symbols 1, 2, 3, 4, 5, 6, 7, 8 of the alphabet
    const bits = [0b00001_000, 0b10_00011_0, 0b0100_0010, 0b1_00110_00, 0b111_01000]
    expect(referenceFor(Uint8Array.from(bits))).toBe('3456-789A')
  })

  it('use no look-alikes, and fit the contract', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(32)
    expect(REFERENCE_ALPHABET).not.toMatch(/[01IO]/)
    const ids = Array.from({ length: 200 }, () => newReceiptIds())
    for (const { id, reference } of ids) {
      expect(recordReceiptSchema.parse({ id, reference, acceptedAt: new Date().toISOString() })).toBeTruthy()
    }
    expect(new Set(ids.map(({ id }) => id)).size).toBe(200)
  })

  it('derive the reference from the id’s own bytes', () => {
    const { id, reference } = newReceiptIds()
    expect(referenceFor(Buffer.from(id.slice(4), 'base64url'))).toBe(reference)
  })
})
