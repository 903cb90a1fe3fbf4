// The three printed dates of an HKID: Birthday DD-MM-YYYY, FirstIssueDate (MM-YY) and CurrentIssueDate DD-MM-YY.
// Two of them have two-digit years, so the century has to be inferred before any comparison makes sense.
import { finding, type Finding } from './finding.ts'
import type { CardFields } from './recognize-contract.ts'

export interface CalendarDate {
  year: number
  month: number
  day: number
  /** YYYY-MM-DD */
  iso: string
}

export interface CalendarMonth {
  year: number
  month: number
  /** YYYY-MM */
  iso: string
}

export interface YearContext {
  /** The reference "now": dates after it are in the future, and two-digit years never resolve past its year. */
  today: Date
  /** When known, a two-digit issue year never resolves before the holder was born. */
  birthYear?: number | undefined
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  )
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

function makeDate(year: number, month: number, day: number): CalendarDate {
  return { year, month, day, iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }
}

// Hong Kong has had no daylight saving since 1979, so a fixed UTC+8 gives the holder's calendar day without
// Intl time-zone data. Using the host's zone instead would flag a card issued "today" as future on a UTC server
// between 00:00 and 08:00 Hong Kong time.
const HONG_KONG_OFFSET_MS = 8 * 60 * 60 * 1000

/** The calendar date in Hong Kong at the given instant. */
export function hongKongDate(instant: Date): CalendarDate {
  const shifted = new Date(instant.getTime() + HONG_KONG_OFFSET_MS)
  return makeDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())
}

/**
 * The century for a two-digit year: the latest year ending in `yy` that is not after `referenceYear`. If that
 * falls before `notBeforeYear` (the birth year), the only later reading that is still plausible is next year
 * (a "today" lagging behind Hong Kong's new year): it is used and then reported as a future date. Any further
 * jump would turn a misread birth year into an issue date a century ahead, hiding the real ISSUE_BEFORE_BIRTH.
 */
export function resolveTwoDigitYear(yy: number, referenceYear: number, notBeforeYear?: number): number {
  const year = referenceYear - ((((referenceYear - yy) % 100) + 100) % 100)
  const nextYear = year + 100 === referenceYear + 1
  return notBeforeYear !== undefined && year < notBeforeYear && nextYear ? year + 100 : year
}

// OCR turns the printed hyphen into other dashes, dots, slashes or spaces, and NFKC folds full-width digits and
// brackets: every run of separators reads as one hyphen, so 1-1-1990, 01/01/1990 and 01.01.1990 all parse.
function clean(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/\s*([()])\s*/g, '$1')
    .replace(/[\s./_,‐‑‒–—−-]+/g, '-')
}

/** A two- or four-digit year: four digits are taken as they are, two resolve near `context`. */
function yearOf(text: string, context: YearContext): number {
  return text.length === 4
    ? Number(text)
    : resolveTwoDigitYear(Number(text), hongKongDate(context.today).year, context.birthYear)
}

/** Birthday as printed, DD-MM-YYYY; null when malformed or not a real date. */
export function parseBirthday(text: string): CalendarDate | null {
  const match = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(clean(text))
  if (!match) return null
  const [day, month, year] = match.slice(1).map(Number) as [number, number, number]
  return isValidDate(year, month, day) ? makeDate(year, month, day) : null
}

/** First issue as printed, (MM-YY), brackets optional, a one-digit month or four-digit year read too. */
export function parseFirstIssueDate(text: string, context: YearContext): CalendarMonth | null {
  const match = /^\(?(\d{1,2})-(\d{2}|\d{4})\)?$/.exec(clean(text))
  if (!match) return null
  const month = Number(match[1])
  if (month < 1 || month > 12) return null
  const year = yearOf(match[2] ?? '', context)
  return { year, month, iso: `${pad(year, 4)}-${pad(month)}` }
}

/** Current issue as printed, DD-MM-YY (one-digit parts and a four-digit year read too); null when not a date. */
export function parseCurrentIssueDate(text: string, context: YearContext): CalendarDate | null {
  const match = /^(\d{1,2})-(\d{1,2})-(\d{2}|\d{4})$/.exec(clean(text))
  if (!match) return null
  const [day, month] = [Number(match[1]), Number(match[2])]
  const year = yearOf(match[3] ?? '', context)
  return isValidDate(year, month, day) ? makeDate(year, month, day) : null
}

/** ISO forms for the record; null where the field was empty or invalid. */
export interface CardDates {
  birthday: string | null
  firstIssueDate: string | null
  currentIssueDate: string | null
}

type DateFields = Pick<CardFields, 'birthday' | 'firstIssueDate' | 'currentIssueDate'>

/**
 * Parses and cross-checks the three dates. Empty fields are skipped silently (checkCard reports FIELD_EMPTY);
 * comparisons involving the first issue use month precision because that is all the card prints.
 */
export function checkCardDates(card: DateFields, today: Date): { dates: CardDates; findings: Finding[] } {
  const findings: Finding[] = []
  const now = hongKongDate(today)
  const thisMonth = now.iso.slice(0, 7)

  const read = <T extends { iso: string }>(field: keyof DateFields, parse: (text: string) => T | null) => {
    const value = card[field]
    if (value.trim() === '') return null
    const parsed = parse(value)
    if (!parsed) findings.push(finding('DATE_INVALID', field, { value }))
    return parsed
  }
  // ISO strings of equal precision compare correctly as strings.
  const future = (field: keyof DateFields, date: string, limit: string) => {
    if (date > limit)
      findings.push(finding('DATE_FUTURE', field, { value: card[field], date, today: now.iso }))
  }

  const birthday = read('birthday', parseBirthday)
  const context: YearContext = { today, birthYear: birthday?.year }
  const first = read('firstIssueDate', (text) => parseFirstIssueDate(text, context))
  const current = read('currentIssueDate', (text) => parseCurrentIssueDate(text, context))

  if (birthday) future('birthday', birthday.iso, now.iso)
  if (first) future('firstIssueDate', first.iso, thisMonth)
  if (current) future('currentIssueDate', current.iso, now.iso)

  if (birthday && first && first.iso < birthday.iso.slice(0, 7)) {
    findings.push(
      finding('ISSUE_BEFORE_BIRTH', 'firstIssueDate', { issued: first.iso, birthday: birthday.iso }),
    )
  }
  if (birthday && current && current.iso < birthday.iso) {
    findings.push(
      finding('ISSUE_BEFORE_BIRTH', 'currentIssueDate', { issued: current.iso, birthday: birthday.iso }),
    )
  }
  if (first && current && first.iso > current.iso.slice(0, 7)) {
    findings.push(
      finding('FIRST_AFTER_CURRENT', 'firstIssueDate', { first: first.iso, current: current.iso }),
    )
  }

  return {
    dates: {
      birthday: birthday?.iso ?? null,
      firstIssueDate: first?.iso ?? null,
      currentIssueDate: current?.iso ?? null,
    },
    findings,
  }
}
