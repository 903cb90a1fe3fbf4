import { describe, expect, it } from 'vitest'
import { checkCard } from './check-card.ts'
import { findingSchema } from './finding.ts'
import type { CardFields } from './recognize-contract.ts'
import { cardFieldsSchema } from './recognize-contract.ts'
import { createTelecodeTable } from './telecode-table.ts'
import { SPECIMEN_FIELDS } from '#testing/cards/specimen-fields.ts'

const SPECIMEN = SPECIMEN_FIELDS
const today = new Date('2026-06-15T12:00:00+08:00')
const segments = Array.from({ length: 7116 }, () => '')
Object.assign(segments, { 7115: '陳', 1129: '大', 2429: '文' })
const telecodes = createTelecodeTable({ codes: segments.join(','), mainland: '', standIns: '' })
const codes = (card: Partial<CardFields>, withTable = true) =>
  checkCard({ ...SPECIMEN, ...card }, { today, telecodes: withTable ? telecodes : undefined }).findings.map(
    (f) => f.code,
  )

describe('checkCard', () => {
  it('finds nothing wrong with the specimen card', () => {
    expect(cardFieldsSchema.parse(SPECIMEN)).toEqual(SPECIMEN)
    expect(checkCard(SPECIMEN, { today, telecodes }).findings).toEqual([])
    expect(checkCard(SPECIMEN, { today }).findings).toEqual([])
    expect(checkCard(SPECIMEN, { today }).dates).toEqual({
      birthday: '1990-01-01',
      firstIssueDate: '2008-01',
      currentIssueDate: '2019-03-15',
    })
  })

  it('runs each rule', () => {
    expect(codes({ idNum: 'A123456(4)', windowEmbeddedText: '' })).toEqual(['ID_CHECK_DIGIT'])
    expect(codes({ idNum: 'A12(3)', windowEmbeddedText: '' })).toEqual(['ID_FORMAT'])
    expect(codes({ sex: null })).toEqual(['SEX_INVALID'])
    expect(codes({ currentIssueDate: '25-11-18' })).toEqual(['CARD_VERSION_DATE'])
    expect(codes({ hkidVersion: 'HKID-2003', windowEmbeddedText: '' })).toEqual(['OLD_CARD_INVALID'])
    expect(codes({ symbol: '***AZH1' })).toEqual(['SYMBOL_NOT_ON_SMART_CARD'])
    expect(codes({ birthday: '01-01-2005' })).toEqual(['SYMBOL_AGE_MISMATCH'])
    expect(codes({ symbol: '***A' })).toEqual(['BIRTHPLACE_MISSING'])
    expect(codes({ symbol: '***Z', permanent: false })).toEqual(['NON_PERMANENT_WITHOUT_STATUS'])
    expect(codes({ birthday: '29-02-2023' })).toEqual(['DATE_INVALID'])
    expect(codes({ currentIssueDate: '16-06-26' })).toEqual(['DATE_FUTURE'])
    expect(codes({ firstIssueDate: '(05-19)' })).toEqual(['FIRST_AFTER_CURRENT'])
    expect(codes({ birthday: '01-01-2009' })).toEqual(['ISSUE_BEFORE_BIRTH', 'SYMBOL_AGE_MISMATCH'])
    expect(codes({ symbol: '***AZQ' })).toEqual(['SYMBOL_UNKNOWN'])
    expect(codes({ symbol: '***CZ' })).toEqual(['PERMANENT_WITHOUT_A'])
    expect(codes({ permanent: false })).toEqual(['A_WITHOUT_PERMANENT'])
    expect(codes({ telexCode: '7115 1129 2428' })).toEqual(['TELECODE_MISMATCH'])
    expect(codes({ cnName: '陳小文', telexCode: '7115 1420 2429' })).toEqual(['TELECODE_UNKNOWN'])
    expect(codes({ telexCode: '7115 1129' })).toEqual(['TELECODE_COUNT'])
    expect(codes({ windowEmbeddedText: 'A123457' })).toEqual(['WINDOW_MISMATCH'])
  })

  it('skips the telecode rule without a table', () => {
    expect(codes({ telexCode: '0000 0000 0000' }, false)).toEqual([])
  })

  it('reports each empty field once, instead of as format errors: an error for those a record needs', () => {
    const findings = checkCard(
      {
        ...SPECIMEN,
        enName: ' ',
        idNum: '',
        birthday: '',
        sex: null,
        symbol: '',
        firstIssueDate: '',
        currentIssueDate: '',
      },
      { today, telecodes },
    ).findings
    expect(findings.map((f) => [f.code, f.field, f.severity])).toEqual([
      ['REQUIRED_FIELD_EMPTY', 'idNum', 'error'],
      ['REQUIRED_FIELD_EMPTY', 'enName', 'error'],
      ['REQUIRED_FIELD_EMPTY', 'birthday', 'error'],
      ['SEX_INVALID', 'sex', 'error'],
      ['FIELD_EMPTY', 'symbol', 'warning'],
      ['FIELD_EMPTY', 'firstIssueDate', 'warning'],
      ['FIELD_EMPTY', 'currentIssueDate', 'warning'],
    ])
  })

  it('accepts a card without a Chinese name (non-Chinese holder, non-permanent)', () => {
    expect(codes({ cnName: '', telexCode: '', symbol: '***CO', permanent: false })).toEqual([])
  })

  it('does not check the window of an HKID-2003 card, which has none; it says the card is no longer valid', () => {
    expect(
      codes({ windowEmbeddedText: 'X999999', hkidVersion: 'HKID-2003', currentIssueDate: '15-03-10' }),
    ).toEqual(['OLD_CARD_INVALID'])
  })

  it('accepts lower-case, unbracketed, two-letter numbers', () => {
    expect(codes({ idNum: 'ab9876543', windowEmbeddedText: 'AB987654' })).toEqual([])
  })

  it('reports several problems in reading order, all schema-valid', () => {
    const findings = checkCard(
      {
        ...SPECIMEN,
        idNum: 'C000000(E)',
        sex: null,
        birthday: '31-02-1990',
        symbol: '***RZ?',
        telexCode: '711511292428',
        windowEmbeddedText: 'C000001',
      },
      { today, telecodes },
    ).findings
    expect(findings.map((f) => f.code)).toEqual([
      'SEX_INVALID',
      'ID_CHECK_DIGIT',
      'DATE_INVALID',
      'SYMBOL_UNKNOWN',
      'PERMANENT_WITHOUT_A',
      'TELECODE_MISMATCH',
      'WINDOW_MISMATCH',
    ])
    for (const f of findings) expect(findingSchema.parse(f)).toEqual(f)
  })
})
