// What the recognizer said about its own reading, as findings at the fields it concerns: a field the local
// reader is unsure of is marked for checking; a Chinese-name character its telegraph code named but the text
// recogniser did not confirm is never accepted silently; a field Tencent and the local reader read differently
// (LOCAL_CROSSCHECK) is shown with the other reading. Each holds only while the value is still the one read:
// once a person has typed the field, it is theirs (and the record lists the edit).
import { finding, type Finding } from './finding.ts'
import { readingDifferences, sameReading } from './reading-compare.ts'
import type { CardFieldName, CardFields, CrossCheck, Reading } from './recognize-contract.ts'

/** What the recognizer answered, beside the card as it now stands on review. */
export interface ReadingEvidence {
  /** The card as the recognizer read it */
  ocr: CardFields
  reading?: Reading | undefined
  crossCheck?: CrossCheck | undefined
}

function unconfirmedCharacters(card: CardFields, reading: Reading | undefined): Finding[] {
  const current = Array.from(card.cnName)
  return (reading?.cnNameCharacters ?? []).flatMap((character, index) =>
    !character.confirmed && current[index] === character.char
      ? [
          finding('NAME_CHAR_UNCONFIRMED', 'cnName', {
            char: character.char,
            position: index + 1,
            code: character.code || '—',
          }),
        ]
      : [],
  )
}

/** The other reading as its field's form shows it ('yes'/'no' for permanent), '—' when nothing was read. */
function shown(card: CardFields, field: CardFieldName): string {
  const value = card[field]
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  return value === null || value === '' ? '—' : value
}

export function checkReading(card: CardFields, evidence: ReadingEvidence): Finding[] {
  const asRead = (field: CardFieldName) => sameReading(card[field], evidence.ocr[field])
  const findings = unconfirmedCharacters(card, evidence.reading)
  const namedByCharacter = findings.length > 0
  for (const field of evidence.reading?.uncertainFields ?? []) {
    // An unconfirmed character already says what is unsure about the Chinese name, and where.
    if (field === 'cnName' && namedByCharacter) continue
    if (asRead(field)) findings.push(finding('FIELD_UNCERTAIN', field))
  }
  const cross = evidence.crossCheck
  if (cross?.status === 'read') {
    for (const field of readingDifferences(evidence.ocr, cross.card)) {
      if (asRead(field)) findings.push(finding('READINGS_DIFFER', field, { other: shown(cross.card, field) }))
    }
  } else if (cross?.status === 'unavailable') {
    findings.push(finding('CROSS_CHECK_UNAVAILABLE', null, { reason: cross.reason }))
  }
  return findings
}
