// The real Unihan tables the reader decodes names with, for tests.
import { createSimplifiedTraditional } from '#src/hkid/simplified-traditional.ts'
import { simplifiedTraditionalData } from '#src/hkid/telecode-data/simplified-traditional.ts'
import { telecodeData } from '#src/hkid/telecode-data/telecodes.ts'
import { createTelecodeTable } from '#src/hkid/telecode-table.ts'
import type { DecodeTables } from '#src/reader/5-chinese-name/chinese-name.ts'

export const tables: DecodeTables = {
  telecodes: createTelecodeTable(telecodeData),
  variants: createSimplifiedTraditional(simplifiedTraditionalData.pairs),
}

/** The code a Hong Kong card prints for the character (Taiwan's first). */
export const codeOf = (char: string): string => tables.telecodes.primaryCodesOf(char)[0]!
