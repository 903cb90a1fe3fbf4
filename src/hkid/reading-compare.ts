// Two readings of one field compared as a person would: whitespace, letter case and full-width forms (Ａ１２,
// ＭＭ) are not differences. Used to cross-check Tencent against the local reader, and to tell an edit from
// the value as read.
import type { CardFieldName, CardFields } from './recognize-contract.ts'

export const CARD_FIELD_NAMES = [
  'cnName',
  'enName',
  'telexCode',
  'sex',
  'birthday',
  'permanent',
  'idNum',
  'symbol',
  'firstIssueDate',
  'currentIssueDate',
  'windowEmbeddedText',
  'hkidVersion',
] as const satisfies readonly CardFieldName[]

/** A field's value as it is compared: NFKC-folded, upper-case, without any whitespace. */
export function comparable(value: CardFields[CardFieldName] | undefined): string {
  return String(value ?? '')
    .normalize('NFKC')
    .toUpperCase()
    .replace(/\s+/g, '')
}

export function sameReading(
  a: CardFields[CardFieldName] | undefined,
  b: CardFields[CardFieldName] | undefined,
) {
  return comparable(a) === comparable(b)
}

/** The fields whose two readings differ, in the card's field order. */
export function readingDifferences(a: CardFields, b: CardFields): CardFieldName[] {
  return CARD_FIELD_NAMES.filter((field) => !sameReading(a[field], b[field]))
}
