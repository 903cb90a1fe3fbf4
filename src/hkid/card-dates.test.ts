import { describe, expect, it } from 'vitest'
import {
  checkCardDates,
  daysInMonth,
  hongKongDate,
  isLeapYear,
  isValidDate,
  parseBirthday,
  parseCurrentIssueDate,
  parseFirstIssueDate,
  resolveTwoDigitYear,
} from './card-dates.ts'

const TODAY = new Date('2026-06-15T12:00:00+08:00')
const context = { today: TODAY }

describe('calendar', () => {
  it.each([
    [2000, true],
    [2024, true],
    [1900, false],
    [2023, false],
    [2100, false],
    [1600, true],
  ])('isLeapYear(%i) = %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap)
  })

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ])
    expect(daysInMonth(2024, 2)).toBe(29)
  })

  it('validates dates', () => {
    expect(isValidDate(2000, 2, 29)).toBe(true)
    expect(isValidDate(2024, 2, 29)).toBe(true)
    expect(isValidDate(1900, 2, 29)).toBe(false)
    expect(isValidDate(2023, 2, 29)).toBe(false)
    expect(isValidDate(2023, 4, 31)).toBe(false)
    expect(isValidDate(2023, 13, 1)).toBe(false)
    expect(isValidDate(2023, 0, 1)).toBe(false)
    expect(isValidDate(2023, 1, 0)).toBe(false)
    expect(isValidDate(2023, 12, 31)).toBe(true)
  })

  it('takes the calendar day in Hong Kong (UTC+8), whatever the host zone', () => {
    expect(hongKongDate(new Date('2026-01-01T15:59:59Z')).iso).toBe('2026-01-01')
    expect(hongKongDate(new Date('2026-01-01T16:00:00Z')).iso).toBe('2026-01-02')
    expect(hongKongDate(new Date('2025-12-31T16:30:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      iso: '2026-01-01',
    })
  })
})

describe('resolveTwoDigitYear', () => {
  it('takes the latest year not after the reference year', () => {
    expect(resolveTwoDigitYear(25, 2026)).toBe(2025)
    expect(resolveTwoDigitYear(26, 2026)).toBe(2026)
    expect(resolveTwoDigitYear(27, 2026)).toBe(1927)
    expect(resolveTwoDigitYear(99, 2026)).toBe(1999)
    expect(resolveTwoDigitYear(0, 2026)).toBe(2000)
    expect(resolveTwoDigitYear(0, 1999)).toBe(1900)
    expect(resolveTwoDigitYear(99, 2099)).toBe(2099)
  })

  it('uses the birth year to read next year rather than a century before birth', () => {
    expect(resolveTwoDigitYear(99, 2026, 1990)).toBe(1999)
    expect(resolveTwoDigitYear(90, 2026, 1990)).toBe(1990)
    expect(resolveTwoDigitYear(27, 2026, 1990)).toBe(2027)
    expect(resolveTwoDigitYear(27, 2026, 1920)).toBe(1927)
    expect(resolveTwoDigitYear(27, 2026)).toBe(1927)
  })

  it('never jumps further than next year (a misread birth year must surface as issue-before-birth)', () => {
    expect(resolveTwoDigitYear(8, 2026, 2009)).toBe(2008)
    expect(resolveTwoDigitYear(28, 2026, 1990)).toBe(1928)
  })
})

describe('parseBirthday', () => {
  it.each([
    ['01-01-1990', '1990-01-01'],
    ['1-1-1990', '1990-01-01'],
    ['01/01/1990', '1990-01-01'],
    ['01.01.1990', '1990-01-01'],
    ['01 01 1990', '1990-01-01'],
    ['1-2-1990', '1990-02-01'],
    [' 31 - 12 - 1985 ', '1985-12-31'],
    ['31/12/1985', '1985-12-31'],
    ['31.12.1985', '1985-12-31'],
    ['31–12–1985', '1985-12-31'],
    ['２９-０２-２０００', '2000-02-29'],
    ['29-02-2024', '2024-02-29'],
  ])('%s → %s', (text, iso) => {
    expect(parseBirthday(text)?.iso).toBe(iso)
  })

  it.each([
    '29-02-1900',
    '29-02-2023',
    '31-04-1990',
    '00-01-1990',
    '01-13-1990',
    '1990-01-01',
    '01-01-90',
    '',
  ])('rejects %j', (text) => {
    expect(parseBirthday(text)).toBeNull()
  })
})

describe('parseFirstIssueDate', () => {
  it('parses with or without brackets', () => {
    expect(parseFirstIssueDate('(01-08)', context)).toEqual({ year: 2008, month: 1, iso: '2008-01' })
    expect(parseFirstIssueDate('01-08', context)?.iso).toBe('2008-01')
    expect(parseFirstIssueDate('（11-79）', context)?.iso).toBe('1979-11')
  })

  it('uses the birth year for the century', () => {
    expect(parseFirstIssueDate('(06-27)', context)?.iso).toBe('1927-06')
    expect(parseFirstIssueDate('(06-27)', { today: TODAY, birthYear: 1990 })?.iso).toBe('2027-06')
  })

  it('reads a one-digit month, other separators and a four-digit year', () => {
    for (const text of ['(1-08)', '(01/08)', '(01.08)', '( 01 - 08 )', '(01-2008)', '1.2008'])
      expect([text, parseFirstIssueDate(text, context)?.iso]).toEqual([text, '2008-01'])
  })

  it.each(['(13-08)', '(00-08)', '(01-8)', '(01-208)', 'garbage', ''])('rejects %j', (text) => {
    expect(parseFirstIssueDate(text, context)).toBeNull()
  })
})

describe('parseCurrentIssueDate', () => {
  it('infers the century', () => {
    expect(parseCurrentIssueDate('15-03-99', { today: TODAY, birthYear: 1990 })?.iso).toBe('1999-03-15')
    expect(parseCurrentIssueDate('01-01-25', { today: new Date('2026-03-01T00:00:00Z') })?.iso).toBe(
      '2025-01-01',
    )
    expect(parseCurrentIssueDate('15-03-19', context)).toEqual({
      year: 2019,
      month: 3,
      day: 15,
      iso: '2019-03-15',
    })
  })

  it('validates 29 February in the resolved century', () => {
    expect(parseCurrentIssueDate('29-02-00', context)?.iso).toBe('2000-02-29')
    expect(parseCurrentIssueDate('29-02-24', context)?.iso).toBe('2024-02-29')
    expect(parseCurrentIssueDate('29-02-23', context)).toBeNull()
    // 00 resolves to 1900 when "today" is in the 1900s: not a leap year.
    expect(parseCurrentIssueDate('29-02-00', { today: new Date('1999-06-01T00:00:00Z') })).toBeNull()
  })

  it('reads one-digit parts, other separators and a four-digit year', () => {
    for (const text of ['15-3-19', '15/03/19', '15.03.19', '15 03 19', '15-03-2019'])
      expect([text, parseCurrentIssueDate(text, context)?.iso]).toEqual([text, '2019-03-15'])
    expect(parseCurrentIssueDate('1-3-19', context)?.iso).toBe('2019-03-01')
  })

  it.each(['32-01-19', '15-13-19', '15-03-9', '150319', ''])('rejects %j', (text) => {
    expect(parseCurrentIssueDate(text, context)).toBeNull()
  })
})

const card = (birthday: string, firstIssueDate: string, currentIssueDate: string) => ({
  birthday,
  firstIssueDate,
  currentIssueDate,
})

describe('checkCardDates', () => {
  it('returns ISO strings and no findings for a consistent card', () => {
    expect(checkCardDates(card('01-01-1990', '(01-08)', '15-03-19'), TODAY)).toEqual({
      dates: { birthday: '1990-01-01', firstIssueDate: '2008-01', currentIssueDate: '2019-03-15' },
      findings: [],
    })
  })

  it('resolves 15-03-99 to 1999 for someone born in 1990', () => {
    const { dates, findings } = checkCardDates(card('01-01-1990', '(01-02)', '15-03-99'), TODAY)
    expect(dates.currentIssueDate).toBe('1999-03-15')
    // First issue 2002 after current issue 1999.
    expect(findings.map((f) => f.code)).toEqual(['FIRST_AFTER_CURRENT'])
    expect(findings[0]?.params).toEqual({ first: '2002-01', current: '1999-03-15' })
  })

  it('resolves 01-01-25 to 2025 when today is 2026', () => {
    const today = new Date('2026-01-10T00:00:00Z')
    expect(checkCardDates(card('01-01-1990', '(01-08)', '01-01-25'), today).dates.currentIssueDate).toBe(
      '2025-01-01',
    )
  })

  it('skips empty fields without findings', () => {
    expect(checkCardDates(card('', '  ', ''), TODAY)).toEqual({
      dates: { birthday: null, firstIssueDate: null, currentIssueDate: null },
      findings: [],
    })
  })

  it('reports DATE_INVALID per field with the raw value', () => {
    const { dates, findings } = checkCardDates(card('29-02-2023', '(13-08)', '31-04-19'), TODAY)
    expect(dates).toEqual({ birthday: null, firstIssueDate: null, currentIssueDate: null })
    expect(findings).toEqual([
      { code: 'DATE_INVALID', severity: 'error', field: 'birthday', params: { value: '29-02-2023' } },
      { code: 'DATE_INVALID', severity: 'error', field: 'firstIssueDate', params: { value: '(13-08)' } },
      { code: 'DATE_INVALID', severity: 'error', field: 'currentIssueDate', params: { value: '31-04-19' } },
    ])
  })

  it('reports DATE_FUTURE relative to the injected today, at the field precision', () => {
    const { findings } = checkCardDates(card('16-06-2026', '(07-26)', '16-06-26'), TODAY)
    expect(findings.filter((f) => f.code === 'DATE_FUTURE').map((f) => [f.field, f.params.date])).toEqual([
      ['birthday', '2026-06-16'],
      ['firstIssueDate', '2026-07'],
      ['currentIssueDate', '2026-06-16'],
    ])
    expect(findings[0]?.params.today).toBe('2026-06-15')
  })

  it('accepts dates equal to today (same day, same month)', () => {
    const { findings } = checkCardDates(card('01-01-2010', '(06-26)', '15-06-26'), TODAY)
    expect(findings).toEqual([])
  })

  it('uses the Hong Kong day: issued today in Hong Kong is not future on a UTC server', () => {
    const utcEvening = new Date('2026-06-14T17:00:00Z') // 15 June 01:00 in Hong Kong
    expect(checkCardDates(card('01-01-1990', '(06-26)', '15-06-26'), utcEvening).findings).toEqual([])
  })

  it('a two-digit year that would precede birth becomes a future date instead', () => {
    const { dates, findings } = checkCardDates(card('01-01-1990', '(01-08)', '01-01-27'), TODAY)
    expect(dates.currentIssueDate).toBe('2027-01-01')
    expect(findings.map((f) => f.code)).toEqual(['DATE_FUTURE'])
  })

  it('reports ISSUE_BEFORE_BIRTH at month precision for the first issue', () => {
    // Born March 2008: a first issue in March 2008 is possible, February 2008 is not.
    expect(checkCardDates(card('20-03-2008', '(03-08)', '01-04-19'), TODAY).findings).toEqual([])
    const { findings } = checkCardDates(card('20-03-2008', '(02-08)', '01-04-19'), TODAY)
    expect(findings).toEqual([
      {
        code: 'ISSUE_BEFORE_BIRTH',
        severity: 'error',
        field: 'firstIssueDate',
        params: { issued: '2008-02', birthday: '2008-03-20' },
      },
    ])
  })

  it('a birth year after the first issue gives ISSUE_BEFORE_BIRTH, not a first issue a century ahead', () => {
    const { dates, findings } = checkCardDates(card('01-01-2009', '(01-08)', '15-03-19'), TODAY)
    expect(dates.firstIssueDate).toBe('2008-01')
    expect(findings.map((f) => f.code)).toEqual(['ISSUE_BEFORE_BIRTH'])
  })

  it('reports ISSUE_BEFORE_BIRTH at day precision for the current issue', () => {
    const { findings } = checkCardDates(card('20-03-2008', '(03-08)', '19-03-08'), TODAY)
    // The first issue (March 2008) is in the same month as the current one, so only the birth rule fires.
    expect(findings.map((f) => [f.code, f.field, f.params.issued])).toEqual([
      ['ISSUE_BEFORE_BIRTH', 'currentIssueDate', '2008-03-19'],
    ])
  })

  it('FIRST_AFTER_CURRENT compares months: same month is fine', () => {
    expect(checkCardDates(card('01-01-1990', '(03-19)', '01-03-19'), TODAY).findings).toEqual([])
    expect(checkCardDates(card('01-01-1990', '(04-19)', '30-03-19'), TODAY).findings[0]?.code).toBe(
      'FIRST_AFTER_CURRENT',
    )
  })

  it('still checks the issue dates when the birthday is unreadable', () => {
    const { dates, findings } = checkCardDates(card('xx', '(05-19)', '01-03-19'), TODAY)
    expect(dates.currentIssueDate).toBe('2019-03-01')
    expect(findings.map((f) => f.code)).toEqual(['DATE_INVALID', 'FIRST_AFTER_CURRENT'])
  })
})
