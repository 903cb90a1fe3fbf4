import { describe, expect, it } from 'vitest'
import { ageOn, checkSymbolRules } from './symbol-rules.ts'

const dates = (birthday: string | null, currentIssueDate: string | null) => ({ birthday, currentIssueDate })
const codes = (symbol: string, permanent: boolean | null, on = dates('1990-01-01', '2019-03-15')) =>
  checkSymbolRules({ symbol, permanent }, on).map((f) => [f.code, f.params])

describe('ageOn', () => {
  it('counts whole years, the birthday itself included', () => {
    expect(ageOn('2007-03-15', '2025-03-14')).toBe(17)
    expect(ageOn('2007-03-15', '2025-03-15')).toBe(18)
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17)
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18)
  })
})

// The Immigration Department's list of symbols on smart identity cards: "*** The holder is aged 18 or over
// and is eligible for an HKSAR Re-entry Permit"; "* aged between 11 and 17"; the holder's reported place of
// birth Z/X/W/O; the status to stay C/U (at the time of registration) or R (right to land).
describe('checkSymbolRules', () => {
  it('accepts the Department’s examples', () => {
    expect(codes('***AZ', true)).toEqual([])
    expect(codes('*AX', true, dates('2010-05-01', '2023-06-01'))).toEqual([])
    expect(codes('***CO', false)).toEqual([])
    expect(codes('***UW', false)).toEqual([])
    expect(codes('***RZ', false)).toEqual([])
  })

  it('*** on a holder under 18 on the date of issue', () => {
    expect(codes('***AZ', true, dates('2010-05-01', '2025-06-01'))).toEqual([
      ['SYMBOL_AGE_MISMATCH', { token: '***', age: 15 }],
    ])
  })

  it('* on a holder 18 or over (or under 11) on the date of issue', () => {
    expect(codes('*AZ', true, dates('1990-01-01', '2019-03-15'))).toEqual([
      ['SYMBOL_AGE_MISMATCH', { token: '*', age: 29 }],
    ])
    expect(codes('*AZ', true, dates('2016-01-01', '2025-01-01'))[0]?.[1]).toEqual({ token: '*', age: 9 })
  })

  it('skips the age rule when a date is unknown, and when there are no stars (children under 11, adults abroad)', () => {
    expect(codes('***AZ', true, dates(null, '2019-03-15'))).toEqual([])
    expect(codes('***AZ', true, dates('2010-05-01', null))).toEqual([])
    expect(codes('AZ', true, dates('2010-05-01', '2025-06-01'))).toEqual([])
  })

  it('a non-permanent card with none of C, U, R', () => {
    expect(codes('***Z', false)).toEqual([['NON_PERMANENT_WITHOUT_STATUS', { symbol: '***Z' }]])
    expect(codes('***Z', null)).toEqual([])
    expect(codes('***AZ', false)).toEqual([]) // A_WITHOUT_PERMANENT's case, not this one
  })

  it('no birthplace letter', () => {
    expect(codes('***A', true)).toEqual([['BIRTHPLACE_MISSING', { symbol: '***A' }]])
    expect(codes('***ABN', true)).toEqual([['BIRTHPLACE_MISSING', { symbol: '***ABN' }]])
  })
})
