import { describe, expect, it } from 'vitest'
import { cardVersionOf, checkCardVersion, oldCardInvalidFrom } from './card-version.ts'

const card = (hkidVersion: string) => ({ hkidVersion, currentIssueDate: '' })
const dates = (birthday: string | null, currentIssueDate: string | null) => ({
  birthday,
  firstIssueDate: null,
  currentIssueDate,
})
// Hong Kong time: midnight on the 12th starts the invalid day.
const at = (iso: string) => new Date(`${iso}T00:00:00+08:00`)

describe('cardVersionOf', () => {
  it.each([
    ['HKID-2018', 'HKID-2018'],
    ['hkid 2003', 'HKID-2003'],
    ['', null],
    ['HKID', null],
  ])('%j → %j', (text, version) => expect(cardVersionOf(text)).toBe(version))
})

// Registration of Persons (Invalidation of Identity Cards) Order 2024: smart identity cards issued before
// 26 November 2018 are invalid from 12 May 2025 for holders born in 1970 or after, and from 12 October 2025
// for holders born in 1969 or before (Immigration Department, 18 June 2024 and 30 September 2025).
describe('old cards', () => {
  it('picks the day by year of birth, the later one when the year is unknown', () => {
    expect(oldCardInvalidFrom('1970-01-01')).toBe('2025-05-12')
    expect(oldCardInvalidFrom('1969-12-31')).toBe('2025-10-12')
    expect(oldCardInvalidFrom(null)).toBe('2025-10-12')
  })

  it.each([
    ['1985-06-01', '2025-05-11', 'OLD_CARD_INVALID_SOON', '2025-05-12'],
    ['1985-06-01', '2025-05-12', 'OLD_CARD_INVALID', '2025-05-12'],
    ['1960-06-01', '2025-05-12', 'OLD_CARD_INVALID_SOON', '2025-10-12'],
    ['1960-06-01', '2025-10-11', 'OLD_CARD_INVALID_SOON', '2025-10-12'],
    ['1960-06-01', '2025-10-12', 'OLD_CARD_INVALID', '2025-10-12'],
    [null, '2026-11-25', 'OLD_CARD_INVALID', '2025-10-12'],
  ])('born %s, checked %s: %s from %s', (birthday, today, code, invalidFrom) => {
    expect(checkCardVersion(card('HKID-2003'), dates(birthday, '2010-03-01'), at(today))).toEqual([
      { code, severity: 'warning', field: null, params: { invalidFrom } },
    ])
  })

  it('says nothing about HKID-2018 cards or an unknown version', () => {
    expect(checkCardVersion(card('HKID-2018'), dates('1985-06-01', '2019-03-15'), at('2026-01-01'))).toEqual(
      [],
    )
    expect(checkCardVersion(card(''), dates('1985-06-01', '2010-03-15'), at('2026-01-01'))).toEqual([])
  })
})

describe('version against date of issue', () => {
  it('an HKID-2018 card issued before 26 November 2018 is an error', () => {
    expect(checkCardVersion(card('HKID-2018'), dates('1990-01-01', '2018-11-25'), at('2026-01-01'))).toEqual([
      {
        code: 'CARD_VERSION_DATE',
        severity: 'error',
        field: 'currentIssueDate',
        params: { version: 'HKID-2018', issued: '2018-11-25', introduced: '2018-11-26' },
      },
    ])
    expect(checkCardVersion(card('HKID-2018'), dates('1990-01-01', '2018-11-26'), at('2026-01-01'))).toEqual(
      [],
    )
  })

  it('an HKID-2003 card issued before 23 June 2003 is an error; one issued after 26 November 2018 is not', () => {
    const found = (issued: string) =>
      checkCardVersion(card('HKID-2003'), dates('1990-01-01', issued), at('2024-01-01')).map((f) => f.code)
    expect(found('2003-06-22')).toEqual(['CARD_VERSION_DATE', 'OLD_CARD_INVALID_SOON'])
    expect(found('2003-06-23')).toEqual(['OLD_CARD_INVALID_SOON'])
    // Cards applied for before 26 November 2018 were still issued in the old form after it.
    expect(found('2018-12-03')).toEqual(['OLD_CARD_INVALID_SOON'])
  })
})
