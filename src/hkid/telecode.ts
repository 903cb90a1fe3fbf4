// Chinese commercial (telegraph) codes: the card prints one four-digit code per character of the Chinese name,
// so a code that disagrees with the character is a cheap signal that one of the two was misread.
import { finding, type Finding } from './finding.ts'

/** character → its telegraph codes (usually one; a few characters have two, and either is correct) */
export type TelecodeTable = ReadonlyMap<string, readonly string[]>

/** Unpacks the generated `codes` string: comma-separated segments, segment n holding the characters coded n. */
export function unpackTelecodes(packed: string): TelecodeTable {
  const table = new Map<string, string[]>()
  packed.split(',').forEach((segment, index) => {
    const code = String(index).padStart(4, '0')
    // Array.from, not split(''): some characters are outside the BMP.
    for (const char of Array.from(segment)) {
      const codes = table.get(char)
      if (codes) codes.push(code)
      else table.set(char, [code])
    }
  })
  return table
}

let loading: Promise<TelecodeTable> | undefined

/**
 * Loads the table on first use. The dynamic import keeps ~45 kB (~28 kB gzip) out of the main bundle: Vite
 * emits it as its own chunk, fetched only when a card with a Chinese name is checked. Memoised; a failed load
 * is forgotten so a later call can retry (e.g. after a network blip).
 */
export function loadTelecodeTable(): Promise<TelecodeTable> {
  loading ??= import('./telecode-data/telecodes.ts').then(
    (module) => unpackTelecodes(module.telecodeData.codes),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

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
    const known = table.get(char)
    const position = index + 1
    if (!known) findings.push(finding('TELECODE_UNKNOWN', 'telexCode', { char, position, found }))
    else if (!known.includes(found)) {
      // Several valid codes are joined with '/' so the message can show them all.
      findings.push(
        finding('TELECODE_MISMATCH', 'telexCode', { char, position, expected: known.join('/'), found }),
      )
    }
  })
  return findings
}
