// The vocabulary of card checks. Findings carry a stable code and the raw values a message needs; the wording
// lives in the i18n layer, so the server, the browser and any language render the same finding the same way.
import { z } from 'zod'
import { cardFieldsSchema, type CardFieldName } from './recognize-contract.ts'

export const findingSeverities = ['error', 'warning', 'info'] as const
export const findingSeveritySchema = z.enum(findingSeverities)
export type FindingSeverity = z.infer<typeof findingSeveritySchema>

/**
 * Every code with its fixed severity. One severity per code keeps the UI predictable: the same problem is never
 * an error on one card and a warning on the next. Errors mean the card data is impossible as read; warnings mean
 * it is suspicious (often an OCR slip); info is worth showing but says nothing about validity.
 */
export const findingSeverityByCode = {
  /** A field every card prints (symbols, the issue dates) was not read at all. params: {} */
  FIELD_EMPTY: 'warning',
  /** The ID number, date of birth or English name is empty: no record without them (review-policy.ts). params: {} */
  REQUIRED_FIELD_EMPTY: 'error',
  /** idNum is not 1–2 letters + 6 digits + check character. params: { value } */
  ID_FORMAT: 'error',
  /** params: { expected, found } — both single characters ('0'–'9' or 'A') */
  ID_CHECK_DIGIT: 'error',
  /** Not a real calendar date, or not in the printed layout. params: { value } */
  DATE_INVALID: 'error',
  /** params: { value, date (ISO), today (ISO YYYY-MM-DD) } */
  DATE_FUTURE: 'error',
  /** params: { issued (ISO), birthday (ISO) } */
  ISSUE_BEFORE_BIRTH: 'error',
  /** params: { first (YYYY-MM), current (YYYY-MM-DD) } */
  FIRST_AFTER_CURRENT: 'error',
  /** Permanent card without the right-of-abode symbol A. params: { symbol } */
  PERMANENT_WITHOUT_A: 'warning',
  /** Symbol A on a card Tencent says is not permanent. params: { symbol } */
  A_WITHOUT_PERMANENT: 'warning',
  /** params: { token, symbol } */
  SYMBOL_UNKNOWN: 'info',
  /** params: { char, position (1-based), expected, found } */
  TELECODE_MISMATCH: 'warning',
  /** The character has no code in the table: rare characters are not errors. params: { char, position, found } */
  TELECODE_UNKNOWN: 'info',
  /** params: { characters, codes } — counts on each side */
  TELECODE_COUNT: 'warning',
  /** The telegraph codes are not groups of four digits. params: { value } */
  TELECODE_FORMAT: 'warning',
  /** Shown as a check, but needs a recorded reason like an error (review-policy.ts). params: { window, idNum } */
  WINDOW_MISMATCH: 'warning',
  /** The sex is empty or could not be read as M or F: a required field (review-policy.ts). params: {} */
  SEX_INVALID: 'error',
  /** The card version did not exist on the issue date. params: { version, issued (ISO), introduced (ISO) } */
  CARD_VERSION_DATE: 'error',
  /** An HKID-2003 card, invalid since invalidFrom (ISO) for this holder. params: { invalidFrom } */
  OLD_CARD_INVALID: 'warning',
  /** An HKID-2003 card that becomes invalid on invalidFrom (ISO) for this holder. params: { invalidFrom } */
  OLD_CARD_INVALID_SOON: 'warning',
  /** A symbol only pre-2003 cards carry (office codes H1/K2/S1, Y, F, M). params: { token, symbol } */
  SYMBOL_NOT_ON_SMART_CARD: 'warning',
  /** `***` (18+) or `*` (11–17) that the holder's age on the issue date contradicts. params: { token, age } */
  SYMBOL_AGE_MISMATCH: 'warning',
  /** A non-permanent card with none of C, U, R (the holder's status to stay). params: { symbol } */
  NON_PERMANENT_WITHOUT_STATUS: 'warning',
  /** None of Z, X, W, O (the reported place of birth). params: { symbol } */
  BIRTHPLACE_MISSING: 'warning',
} as const satisfies Record<string, FindingSeverity>

export type FindingCode = keyof typeof findingSeverityByCode
export const findingCodes = Object.keys(findingSeverityByCode) as [FindingCode, ...FindingCode[]]
export const findingCodeSchema = z.enum(findingCodes)

export type FindingParams = Record<string, string | number>

export const findingSchema = z.object({
  code: findingCodeSchema,
  severity: findingSeveritySchema,
  /** null = about the card as a whole rather than one field */
  field: cardFieldsSchema.keyof().nullable(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
})

export interface Finding {
  code: FindingCode
  severity: FindingSeverity
  field: CardFieldName | null
  params: FindingParams
}

/** Builds a finding with the code's fixed severity, so rules never pick a severity themselves. */
export function finding(code: FindingCode, field: CardFieldName | null, params: FindingParams = {}): Finding {
  return { code, severity: findingSeverityByCode[code], field, params }
}

const severityRank: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 }

/** Most severe first; stable otherwise, so rule order (card reading order) is kept within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityRank[a.severity] - severityRank[b.severity])
}
