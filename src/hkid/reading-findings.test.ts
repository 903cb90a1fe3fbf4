import { describe, expect, it } from 'vitest'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'
import { checkCard } from './check-card.ts'
import { comparable, readingDifferences } from './reading-compare.ts'
import { checkReading, type ReadingEvidence } from './reading-findings.ts'
import type { CardFields, Reading } from './recognize-contract.ts'
import { itemsNeedingReason } from './review-policy.ts'

const ocr: CardFields = { ...SPECIMEN_FIELDS, cnName: '譚大文', telexCode: '6223 1129 2429' }
const local: Reading = {
  reader: 'local',
  uncertainFields: ['birthday', 'cnName'],
  cnNameCharacters: [
    { char: '譚', code: '6223', confirmed: false },
    { char: '大', code: '1129', confirmed: true },
    { char: '文', code: '2429', confirmed: true },
  ],
}
const evidence: ReadingEvidence = { ocr, reading: local }
const codes = (card: CardFields, e: ReadingEvidence) =>
  checkReading(card, e).map((f) => `${f.code}:${f.field ?? 'card'}`)

describe('comparing two readings', () => {
  it('ignores whitespace, letter case and full-width forms, and nothing else', () => {
    expect(comparable('Ａ１２３４５６（３）')).toBe(comparable('a123456 (3)'))
    expect(comparable('CHAN,  Tai Man')).toBe(comparable('chan,tai man'))
    expect(comparable(null)).toBe(comparable(''))
    expect(comparable('A123456(3)')).not.toBe(comparable('A123456(8)'))
    expect(readingDifferences(ocr, { ...ocr, enName: 'chan, tai man', sex: 'F', permanent: null })).toEqual([
      'sex',
      'permanent',
    ])
  })
})

describe('the local reader’s doubts on review', () => {
  it('marks each unsure field and each unconfirmed character while the value is still the one read', () => {
    const findings = checkReading(ocr, evidence)
    expect(findings.map((f) => [f.code, f.field, f.params])).toEqual([
      ['NAME_CHAR_UNCONFIRMED', 'cnName', { char: '譚', position: 1, code: '6223' }],
      // The unconfirmed character already says what is unsure about the Chinese name.
      ['FIELD_UNCERTAIN', 'birthday', {}],
    ])
  })

  it('never accepts an unconfirmed character silently: it needs a reason under the policy', () => {
    const items = itemsNeedingReason(checkReading(ocr, evidence), [])
    expect(items.map((item) => item.rule)).toEqual(['UNCONFIRMED_CHARACTER'])
  })

  it('lets go of a field once a person has typed it (the edit is theirs, and recorded)', () => {
    expect(codes({ ...ocr, birthday: '02-01-1990' }, evidence)).toEqual(['NAME_CHAR_UNCONFIRMED:cnName'])
    expect(codes({ ...ocr, cnName: '陳大文', birthday: '02-01-1990' }, evidence)).toEqual([])
    // Retyping the same value with other spacing or case is not an edit.
    expect(codes({ ...ocr, birthday: ' 01-01-1990 ' }, evidence)).toContain('FIELD_UNCERTAIN:birthday')
  })

  it('says no code was read when the character had none', () => {
    const reading: Reading = { ...local, cnNameCharacters: [{ char: '譚', code: '', confirmed: false }] }
    expect(checkReading(ocr, { ocr, reading })[0]?.params).toEqual({ char: '譚', position: 1, code: '—' })
  })
})

describe('a cross-check against Tencent', () => {
  const localCard: CardFields = { ...ocr, enName: 'CHAN, Tai Wan', sex: 'F', permanent: false }
  const crossChecked: ReadingEvidence = {
    ocr,
    reading: { reader: 'tencent', uncertainFields: [] },
    crossCheck: {
      status: 'read',
      reader: 'local',
      card: localCard,
      differences: ['enName', 'sex', 'permanent'],
      reading: local,
    },
  }

  it('finds every field the two readings differ in, at that field, with the other reading', () => {
    const findings = checkReading(ocr, crossChecked)
    expect(findings.map((f) => [f.code, f.field, f.params])).toEqual([
      ['READINGS_DIFFER', 'enName', { other: 'CHAN, Tai Wan' }],
      ['READINGS_DIFFER', 'sex', { other: 'F' }],
      ['READINGS_DIFFER', 'permanent', { other: 'no' }],
    ])
    expect(itemsNeedingReason(findings, []).map((item) => item.rule)).toEqual([
      'READINGS_DIFFER',
      'READINGS_DIFFER',
      'READINGS_DIFFER',
    ])
    // Corrected to either reading, or anything typed: the person decided.
    expect(codes({ ...ocr, enName: 'CHAN, Tai Wan', sex: 'F' }, crossChecked)).toEqual([
      'READINGS_DIFFER:permanent',
    ])
  })

  it('notes on the card when there was no second reading', () => {
    const none: ReadingEvidence = {
      ocr,
      crossCheck: { status: 'unavailable', reader: 'local', reason: 'timeout' },
    }
    expect(checkReading(ocr, none).map((f) => [f.code, f.severity, f.field, f.params])).toEqual([
      ['CROSS_CHECK_UNAVAILABLE', 'info', null, { reason: 'timeout' }],
    ])
  })

  it('joins the card’s other findings through checkCard', () => {
    const today = new Date('2026-11-26T00:00:00Z')
    const plain = checkCard(ocr, { today }).findings.map((f) => f.code)
    const withReading = checkCard(ocr, { today, reading: crossChecked }).findings.map((f) => f.code)
    expect(withReading).toEqual([...plain, 'READINGS_DIFFER', 'READINGS_DIFFER', 'READINGS_DIFFER'])
  })
})
