// Stage 5: the Chinese name from the printed telegraph codes. The recogniser prints simplified forms (陈 for 陳)
// and lacks many Hong Kong surnames (譚 蔣 鍾 龔 鄧 …), while each four-digit code names its character exactly.
// A code's character is accepted only where the recogniser's reading at that position confirms it — the same
// character or its simplified/traditional pair; any other character is kept for the person to confirm.
import type { SimplifiedTraditional } from '#src/hkid/simplified-traditional.ts'
import type { TelecodeTable } from '#src/hkid/telecode-table.ts'

export interface NameCharacter {
  /** The character given for this position: the code's, else what was read */
  char: string
  /** The four-digit code printed for it ('' when none was read) */
  code: string
  /** What the recogniser read at this position ('' when nothing aligned) */
  read: string
  /** True only when the code's character and the reading agree */
  confirmed: boolean
}

export interface DecodeTables {
  telecodes: TelecodeTable
  variants: SimplifiedTraditional
}

/** A character's simplified forms, itself included (a simplified character is its own). */
function simplified(char: string, tables: DecodeTables): readonly string[] {
  return [char, ...tables.variants.simplifiedOf(char)]
}

/**
 * The code's candidates that the read character confirms: the same character, its simplified/traditional
 * pair, or a traditional character with the same simplified form (鐘 read for 鍾: both are 钟 simplified).
 */
function confirming(code: string, read: string, tables: DecodeTables): string[] {
  if (!read) return []
  const readForms = simplified(read, tables)
  return tables.telecodes
    .charsOf(code, { standIns: true })
    .filter(
      (c) =>
        c === read ||
        tables.variants.sameReading(c, read) ||
        simplified(c, tables).some((form) => readForms.includes(form)),
    )
}

/** Aligns codes with read characters (edit distance; a match is a confirmation). */
function align(codes: string[], read: string[], tables: DecodeTables): (string | null)[] {
  const n = codes.length
  const m = read.length
  const cost = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => i + j))
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const match = confirming(codes[i - 1]!, read[j - 1]!, tables).length ? 0 : 1
      cost[i]![j] = Math.min(cost[i - 1]![j - 1]! + match, cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1)
    }
  }
  const paired: (string | null)[] = new Array<string | null>(n).fill(null)
  let i = n
  let j = m
  while (i > 0 && j > 0) {
    const match = confirming(codes[i - 1]!, read[j - 1]!, tables).length ? 0 : 1
    if (cost[i]![j] === cost[i - 1]![j - 1]! + match) {
      paired[i - 1] = read[j - 1]!
      i--
      j--
    } else if (cost[i]![j] === cost[i - 1]![j]! + 1) i--
    else j--
  }
  return paired
}

/**
 * The name character by character. With codes, each position is the code's character (Taiwan's form first —
 * the traditional one Hong Kong prints) when the reading confirms it; otherwise the first character the code
 * names, or the reading when the code names none, unconfirmed. With no codes every character is unconfirmed.
 */
export function decodeChineseName(codes: string[], read: string[], tables: DecodeTables): NameCharacter[] {
  if (codes.length === 0) return read.map((char) => ({ char, code: '', read: char, confirmed: false }))
  const paired = align(codes, read, tables)
  return codes.map((code, i) => {
    const r = paired[i] ?? ''
    const confirmed = confirming(code, r, tables)
    if (confirmed.length) return { char: confirmed[0]!, code, read: r, confirmed: true }
    const named = tables.telecodes.charsOf(code)[0]
    return { char: named ?? r, code, read: r, confirmed: false }
  })
}
