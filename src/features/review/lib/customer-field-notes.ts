// What a customer is told about each field of their review: one note per field, in their words, and what
// they must still give before their details can go. Staff see every finding; a customer sees the one that
// matters for each field (missing, then wrong, then unsure) and what to do about it.
import type { Finding } from '#src/hkid/finding.ts'
import type { CardFormValues } from './card-form-values.ts'

/** What a record from a customer cannot do without: the number, a name (English or Chinese), birth, sex. */
export const CUSTOMER_NEEDS = ['idNum', 'name', 'birthday', 'sex'] as const
export type CustomerNeed = (typeof CUSTOMER_NEEDS)[number]

type NeededValues = Pick<CardFormValues, 'idNum' | 'enName' | 'cnName' | 'birthday' | 'sex'>

/** The needs still empty, in the order the review shows them. */
export function missingForCustomer(values: NeededValues): CustomerNeed[] {
  const empty = (value: string) => value.trim() === ''
  return CUSTOMER_NEEDS.filter((need) => {
    if (need === 'name') return empty(values.enName) && empty(values.cnName)
    if (need === 'sex') return values.sex !== 'M' && values.sex !== 'F'
    return empty(values[need])
  })
}

/** The field a need's note stands under: a missing name under the English name, which comes first. */
export function fieldOfNeed(need: CustomerNeed): keyof CardFormValues {
  return need === 'name' ? 'enName' : need
}

/**
 * missing: needed and empty (blocks sending); empty: not read, not needed; wrong: the value as it stands is
 * impossible; unsure: the reading may be off (a doubt, two readings, a character not confirmed).
 */
export type CustomerNoteKind = 'missing' | 'empty' | 'wrong' | 'unsure'

export interface CustomerNote {
  field: keyof CardFormValues
  kind: CustomerNoteKind
  /** The need whose words a missing note uses. */
  need?: CustomerNeed
  /** The finding the note stands for, when there is one (staff still see it in the record). */
  code?: Finding['code']
}

const EMPTY_CODES: readonly Finding['code'][] = ['REQUIRED_FIELD_EMPTY', 'SEX_INVALID', 'FIELD_EMPTY']
const RANK: Record<CustomerNoteKind, number> = { missing: 0, empty: 1, wrong: 2, unsure: 3 }

function noteOfFinding(finding: Finding): CustomerNote | null {
  if (!finding.field) return null
  if (EMPTY_CODES.includes(finding.code)) return { field: finding.field, kind: 'empty', code: finding.code }
  if (finding.severity === 'error') return { field: finding.field, kind: 'wrong', code: finding.code }
  if (finding.severity === 'warning') return { field: finding.field, kind: 'unsure', code: finding.code }
  return null
}

/** One note per field: a missing need first, then the most serious finding about the field. */
export function customerNotes(
  findings: readonly Finding[],
  missing: readonly CustomerNeed[],
): Map<keyof CardFormValues, CustomerNote> {
  const notes = new Map<keyof CardFormValues, CustomerNote>()
  for (const need of missing) {
    const field = fieldOfNeed(need)
    const code = findings.find(
      (finding) => finding.field === field && EMPTY_CODES.includes(finding.code),
    )?.code
    notes.set(field, { field, kind: 'missing', need, ...(code ? { code } : {}) })
  }
  for (const finding of findings) {
    const note = noteOfFinding(finding)
    if (!note) continue
    const held = notes.get(note.field)
    if (!held || RANK[note.kind] < RANK[held.kind]) notes.set(note.field, note)
  }
  return notes
}
