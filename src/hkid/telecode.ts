// Chinese commercial (telegraph) codes: the card prints one four-digit code per character of the Chinese name,
// so a code that disagrees with the character is a cheap signal that one of the two was misread.
import { finding, type Finding } from './finding.ts'
import type { TelecodeTable } from './telecode-table.ts'

/**
 * The four-digit groups of a TelexCode field. Tencent returns them space-separated or run together
 * ("300000000000"), so digit runs are cut every four; null when a run is not a multiple of four digits or the
 * field holds anything but digits and separators.
 */
export function splitTelecodes(telexCode: string): string[] | null {
  const text = telexCode.normalize('NFKC')
  // Anything but digits and separators (a letter from a misread) makes the field unreliable as a whole.
  if (/[^\d\s,.\-/]/.test(text)) return null
  const groups: string[] = []
  for (const run of text.split(/\D+/).filter(Boolean)) {
    if (run.length % 4 !== 0) return null
    for (let i = 0; i < run.length; i += 4) groups.push(run.slice(i, i + 4))
  }
  return groups
}

/** The characters that carry a code: whitespace and punctuation (e.g. a middle dot) have none. */
export function nameCharacters(cnName: string): string[] {
  return Array.from(cnName.normalize('NFC')).filter((char) => !/[\s\p{P}]/u.test(char))
}

/**
 * Compares the Chinese name with its telegraph codes position by position. A count mismatch is reported alone:
 * once the sequences are misaligned, per-character comparisons would only add noise. Positions are 1-based.
 */
export function checkTelecode(cnName: string, telexCode: string, table: TelecodeTable): Finding[] {
  const chars = nameCharacters(cnName)
  if (chars.length === 0 && telexCode.trim() === '') return []
  const groups = splitTelecodes(telexCode)
  if (!groups) return [finding('TELECODE_FORMAT', 'telexCode', { value: telexCode })]
  if (groups.length !== chars.length) {
    return [finding('TELECODE_COUNT', 'telexCode', { characters: chars.length, codes: groups.length })]
  }
  const findings: Finding[] = []
  chars.forEach((char, index) => {
    const found = groups[index] ?? ''
    // Either Unihan source, or (for a character with no code of its own) its same-character variant.
    const known = table.acceptedCodesOf(char).codes
    const position = index + 1
    if (known.length === 0) findings.push(finding('TELECODE_UNKNOWN', 'telexCode', { char, position, found }))
    else if (!known.includes(found)) {
      // Several valid codes are joined with '/' so the message can show them all.
      findings.push(
        finding('TELECODE_MISMATCH', 'telexCode', { char, position, expected: known.join('/'), found }),
      )
    }
  })
  return findings
}
