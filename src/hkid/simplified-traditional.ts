// Simplified ↔ traditional pairs (Unihan kSimplifiedVariant / kTraditionalVariant) for characters a Hong Kong
// card can print: a recognizer that reads a name in simplified form (陈) can be confirmed against the
// traditional character its code decodes to (陳). Its own lazily loaded chunk: the review does not need it.

export interface SimplifiedTraditional {
  /** Traditional forms of a simplified character, e.g. 发 → 發, 髮 */
  traditionalOf(char: string): readonly string[]
  /** Simplified forms of a traditional character, e.g. 陳 → 陈 */
  simplifiedOf(char: string): readonly string[]
  /** True when a and b are the same character or a simplified/traditional pair (either way round) */
  sameReading(a: string, b: string): boolean
}

const NONE: readonly string[] = Object.freeze([])

/** Unpacks two-character groups (simplified, traditional) from src/hkid/telecode-data/simplified-traditional.ts. */
export function createSimplifiedTraditional(pairs: string): SimplifiedTraditional {
  const toTraditional = new Map<string, string[]>()
  const toSimplified = new Map<string, string[]>()
  const chars = Array.from(pairs)
  for (let i = 0; i + 1 < chars.length; i += 2) {
    const [simple, traditional] = [chars[i] as string, chars[i + 1] as string]
    toTraditional.set(simple, [...(toTraditional.get(simple) ?? []), traditional])
    toSimplified.set(traditional, [...(toSimplified.get(traditional) ?? []), simple])
  }
  const traditionalOf = (char: string) => toTraditional.get(char) ?? NONE
  const simplifiedOf = (char: string) => toSimplified.get(char) ?? NONE
  return {
    traditionalOf,
    simplifiedOf,
    sameReading: (a, b) => a === b || traditionalOf(a).includes(b) || simplifiedOf(a).includes(b),
  }
}

let loading: Promise<SimplifiedTraditional> | undefined

/** Loads the pairs on first use (~19 kB, ~14 kB gzip); memoised, and a failed load can be retried. */
export function loadSimplifiedTraditional(): Promise<SimplifiedTraditional> {
  loading ??= import('./telecode-data/simplified-traditional.ts').then(
    (module) => createSimplifiedTraditional(module.simplifiedTraditionalData.pairs),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}
