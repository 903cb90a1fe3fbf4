// Hong Kong identity card numbers: one or two letters, six digits and a check character in brackets.
import { finding, type Finding } from './finding.ts'

export interface HkidNumber {
  /** One or two upper-case letters */
  prefix: string
  /** Exactly six digits */
  digits: string
  /** The check character as read ('0'–'9' or 'A' when valid; any letter is kept so a misread can be reported) */
  check: string
  /** Canonical printed form, e.g. `A123456(3)` */
  normalized: string
}

// Brackets are optional (Tencent and people both drop them) but must be balanced: `A123456(3` is more likely
// a truncated read than an intentional form. Any letter is accepted as the check so that a wrong one becomes
// ID_CHECK_DIGIT ("expected 9, found E") rather than a vaguer ID_FORMAT.
const HKID_PATTERN = /^([A-Z]{1,2})(\d{6})(?:\(([0-9A-Z])\)|([0-9A-Z]))$/

/** Accepts `A123456(3)`, `A1234563`, `a123456 (3)`, full-width characters and stray spaces. */
export function parseHkid(input: string): HkidNumber | null {
  // NFKC folds full-width letters, digits and brackets (common in CJK OCR output) to ASCII.
  const compact = input.normalize('NFKC').replace(/\s+/g, '').toUpperCase()
  const match = HKID_PATTERN.exec(compact)
  if (!match) return null
  const [, prefix = '', digits = '', bracketed, bare] = match
  const check = bracketed ?? bare ?? ''
  return { prefix, digits, check, normalized: `${prefix}${digits}(${check})` }
}

/** A=10 … Z=35, as the algorithm defines letter values. */
function letterValue(letter: string): number {
  return letter.charCodeAt(0) - 55
}

/** The space that pads a one-letter prefix to two characters counts as 36. */
const PAD_VALUE = 36

/**
 * The check character for a prefix and six digits: weights 9…2 over the eight characters (padded prefix + digits),
 * check = (11 − sum mod 11) mod 11, with 10 written as 'A'. Throws RangeError on malformed input because callers
 * pass parsed parts; a silent wrong answer would look like a genuine check digit.
 */
export function checkDigit(prefix: string, digits: string): string {
  const upper = prefix.toUpperCase()
  if (!/^[A-Z]{1,2}$/.test(upper) || !/^\d{6}$/.test(digits)) {
    throw new RangeError(`checkDigit expects 1–2 letters and 6 digits, got "${prefix}" "${digits}"`)
  }
  const values = [
    ...(upper.length === 1 ? [PAD_VALUE] : []),
    ...Array.from(upper, letterValue),
    ...Array.from(digits, Number),
  ]
  const sum = values.reduce((total, value, index) => total + value * (9 - index), 0)
  const check = (11 - (sum % 11)) % 11
  return check === 10 ? 'A' : String(check)
}

/** True when the input parses and its check character is right. */
export function isValidHkid(input: string): boolean {
  const parsed = parseHkid(input)
  return parsed !== null && checkDigit(parsed.prefix, parsed.digits) === parsed.check
}

/** Findings for the idNum field: ID_FORMAT when unparseable (including empty), else ID_CHECK_DIGIT if wrong. */
export function checkHkidNumber(input: string): Finding[] {
  const parsed = parseHkid(input)
  if (!parsed) return [finding('ID_FORMAT', 'idNum', { value: input })]
  const expected = checkDigit(parsed.prefix, parsed.digits)
  if (expected === parsed.check) return []
  return [finding('ID_CHECK_DIGIT', 'idNum', { expected, found: parsed.check })]
}
