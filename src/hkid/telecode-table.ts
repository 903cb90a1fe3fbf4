// The Chinese commercial (telegraph) code table, both directions, from Unihan: a code either source
// (kTaiwanTelegraph or kMainlandTelegraph) gives is a correct reading, and a character with no code of its
// own (啟, 衛, 栢, 悅, 銳) is read through its same-character variant (啓, 衞, 柏, 悦, 鋭). Pure data access,
// shared by the review's telecode rule and the local reader's decoding of printed codes.

export interface TelecodeTable {
  /** Characters with a code of their own */
  readonly size: number
  /** The four-digit codes either source gives the character, its first source's first; [] when none does. */
  codesOf(char: string): readonly string[]
  /** Its first source's codes: kTaiwanTelegraph, or kMainlandTelegraph when Taiwan has none. */
  primaryCodesOf(char: string): readonly string[]
  /**
   * The codes a card may print for the character: its own, or — only when it has none — those of its
   * same-character variant, which is named in `via` (null when the codes are the character's own).
   */
  acceptedCodesOf(char: string): { codes: readonly string[]; via: string | null }
  /**
   * Characters either source gives this code, e.g. '7115' → 陳 (Taiwan) and 陈 (Mainland). With
   * `standIns`, also the Big5/HKSCS characters read through one of them (e.g. '0796' → 啓, 启 and 啟).
   */
  charsOf(code: string, options?: { standIns?: boolean }): readonly string[]
  /** Same-character variants linking a character with no code to one that has a code (both ways). */
  variantsOf(char: string): readonly string[]
}

export interface TelecodeData {
  /** Comma-separated segments; segment n holds the characters whose (first source's) code is n */
  codes: string
  /** Five-character groups: a Mainland code and a character whose Taiwan code differs */
  mainland: string
  /** Two-character groups: a character with no code, then its same-character variant with a code */
  standIns: string
}

const NONE: readonly string[] = Object.freeze([])

function push(map: Map<string, string[]>, key: string, value: string): void {
  const values = map.get(key)
  if (!values) map.set(key, [value])
  else if (!values.includes(value)) values.push(value)
}

/** Unpacks the generated data (src/hkid/telecode-data/telecodes.ts, scripts/make-telecode-table.ts). */
export function createTelecodeTable(data: TelecodeData): TelecodeTable {
  const byChar = new Map<string, string[]>()
  const byCode = new Map<string, string[]>()
  data.codes.split(',').forEach((segment, index) => {
    const code = String(index).padStart(4, '0')
    // Array.from, not split(''): some characters are outside the BMP.
    for (const char of Array.from(segment)) {
      push(byChar, char, code)
      push(byCode, code, char)
    }
  })
  const primary = new Map([...byChar].map(([char, codes]) => [char, [...codes]]))
  for (const [, code = '', char = ''] of data.mainland.matchAll(/(\d{4})(\D)/gu)) {
    push(byChar, char, code)
    push(byCode, code, char)
  }
  const variants = new Map<string, string[]>()
  const standInsByCode = new Map<string, string[]>()
  const pairs = Array.from(data.standIns)
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const [char, variant] = [pairs[i] as string, pairs[i + 1] as string]
    push(variants, char, variant)
    push(variants, variant, char)
    for (const code of byChar.get(variant) ?? []) push(standInsByCode, code, char)
  }

  const table: TelecodeTable = {
    size: byChar.size,
    codesOf: (char) => byChar.get(char) ?? NONE,
    primaryCodesOf: (char) => primary.get(char) ?? NONE,
    acceptedCodesOf(char) {
      const own = byChar.get(char)
      if (own) return { codes: own, via: null }
      for (const variant of variants.get(char) ?? []) {
        const codes = byChar.get(variant)
        if (codes) return { codes, via: variant }
      }
      return { codes: NONE, via: null }
    },
    charsOf(code, options) {
      const chars = byCode.get(code) ?? NONE
      return options?.standIns ? [...chars, ...(standInsByCode.get(code) ?? [])] : chars
    },
    variantsOf: (char) => variants.get(char) ?? NONE,
  }
  return table
}

let loading: Promise<TelecodeTable> | undefined

/**
 * Loads the table on first use. The dynamic import keeps ~50 kB (~33 kB gzip) out of the main bundle: Vite
 * emits it as its own chunk, fetched only when a card is reviewed. Memoised; a failed load is forgotten so a
 * later call can retry (e.g. after a network blip).
 */
export function loadTelecodeTable(): Promise<TelecodeTable> {
  loading ??= import('./telecode-data/telecodes.ts').then(
    (module) => createTelecodeTable(module.telecodeData),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}
