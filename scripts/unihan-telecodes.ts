// Pure parsing of the Unihan files the telecode table is built from, so it can be tested on a few lines:
// Unihan_OtherMappings.txt (kTaiwanTelegraph, kMainlandTelegraph, kBigFive, kHKSCS) and Unihan_Variants.txt.

export interface TelecodeSources {
  unicodeVersion: string
  /** The Unihan file's own copyright line, e.g. `© 2022 Unicode®, Inc.` */
  copyrightLine: string
  taiwan: Map<string, string[]>
  mainland: Map<string, string[]>
  /** Characters in Big5 or HKSCS: the repertoire a Hong Kong identity card prints names in */
  hongKong: Set<string>
}

const charOf = (codePoint: string) => String.fromCodePoint(Number.parseInt(codePoint.slice(2), 16))

/** Tab-separated Unihan lines as [character, field, value]; comments and blank lines skipped. */
function* unihanLines(text: string): Generator<[string, string, string]> {
  for (const line of text.split('\n')) {
    const [codePoint, field, value] = line.split('\t')
    if (codePoint?.startsWith('U+') && field && value) yield [charOf(codePoint), field, value.trim()]
  }
}

export function parseOtherMappings(text: string): TelecodeSources {
  const sources: TelecodeSources = {
    unicodeVersion: /Unicode version:\s*(\S+)/.exec(text)?.[1] ?? '',
    copyrightLine: /^#\s*(©.*)$/m.exec(text)?.[1]?.trim() ?? '',
    taiwan: new Map(),
    mainland: new Map(),
    hongKong: new Set(),
  }
  for (const [char, field, value] of unihanLines(text)) {
    if (field === 'kBigFive' || field === 'kHKSCS') sources.hongKong.add(char)
    const target =
      field === 'kTaiwanTelegraph' ? sources.taiwan : field === 'kMainlandTelegraph' ? sources.mainland : null
    if (!target) continue
    // A few characters list two codes ("1057 7775"); any of them is a correct reading.
    const codes = value.split(/\s+/)
    if (!codes.every((code) => /^\d{4}$/.test(code))) throw new Error(`Unexpected telegraph code: ${value}`)
    target.set(char, codes)
  }
  if (sources.taiwan.size === 0) throw new Error('No kTaiwanTelegraph entries: wrong file?')
  return sources
}

export type VariantKind = 'same' | 'simplified-traditional'

/** Unihan's variant pairs: `same` for one character's forms (kZVariant, kSemanticVariant), and
 * [simplified, traditional] pairs from kSimplifiedVariant / kTraditionalVariant. */
export function parseVariants(text: string): {
  same: Array<[string, string]>
  simplified: Array<[string, string]>
} {
  const same: Array<[string, string]> = []
  const simplified: Array<[string, string]> = []
  for (const [char, field, value] of unihanLines(text)) {
    // Values look like `U+5553<kLau,kMatthews U+5449`: a code point, optionally with its sources.
    for (const other of value.split(/\s+/).map((item) => charOf(item.split('<')[0] ?? ''))) {
      if (other === char) continue
      if (field === 'kZVariant' || field === 'kSemanticVariant') same.push([char, other])
      else if (field === 'kSimplifiedVariant') simplified.push([other, char])
      else if (field === 'kTraditionalVariant') simplified.push([char, other])
    }
  }
  return { same, simplified }
}

/** Each character's codes from its first source: Taiwan, or Mainland for characters Taiwan lacks. */
export function primaryCodes(sources: TelecodeSources): Map<string, string[]> {
  const primary = new Map(sources.taiwan)
  for (const [char, codes] of sources.mainland) if (!primary.has(char)) primary.set(char, codes)
  return primary
}

/** The Mainland codes of characters whose Taiwan codes differ, as [code, character], by code. */
export function otherMainlandCodes(sources: TelecodeSources): Array<[string, string]> {
  const other: Array<[string, string]> = []
  for (const [char, codes] of sources.mainland) {
    const taiwan = sources.taiwan.get(char)
    if (taiwan) for (const code of codes) if (!taiwan.includes(code)) other.push([code, char])
  }
  return other.sort(([a], [b]) => Number(a) - Number(b))
}

/** Either source's codes for each character, its first source's first: any of them is a correct reading. */
export function mergeCodes(sources: TelecodeSources): Map<string, string[]> {
  const merged = new Map<string, string[]>()
  for (const [char, codes] of primaryCodes(sources)) merged.set(char, [...codes])
  for (const [code, char] of otherMainlandCodes(sources)) merged.get(char)?.push(code)
  return merged
}

/**
 * Pairs [character, variant] where the character could be printed on a Hong Kong card (Big5/HKSCS) but has
 * no code of its own, and its same-character variant has one: 啟 → 啓, 衛 → 衞, 栢 → 柏, 悅 → 悦, 銳 → 鋭.
 */
export function codelessStandIns(
  codes: ReadonlyMap<string, readonly string[]>,
  sources: TelecodeSources,
  same: ReadonlyArray<[string, string]>,
): Array<[string, string]> {
  const pairs = new Map<string, [string, string]>()
  for (const [a, b] of same) {
    for (const [char, variant] of [
      [a, b],
      [b, a],
    ] as const) {
      if (!codes.has(char) && codes.has(variant) && sources.hongKong.has(char))
        pairs.set(char + variant, [char, variant])
    }
  }
  return [...pairs.values()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

/** [simplified, traditional] pairs where the traditional form is Big5/HKSCS and at least one has a code. */
export function hongKongSimplifiedPairs(
  codes: ReadonlyMap<string, readonly string[]>,
  sources: TelecodeSources,
  simplified: ReadonlyArray<[string, string]>,
): Array<[string, string]> {
  const pairs = new Map<string, [string, string]>()
  for (const [simple, traditional] of simplified) {
    if (sources.hongKong.has(traditional) && (codes.has(simple) || codes.has(traditional)))
      pairs.set(simple + traditional, [simple, traditional])
  }
  return [...pairs.keys()].sort().map((key) => pairs.get(key) as [string, string])
}

/**
 * Packs the table as 10 000 comma-separated segments, segment n holding the characters whose code is n. About
 * a third the size of a char→code JSON object, and it still unpacks with one split (src/hkid/telecode-table.ts).
 */
export function packTelecodes(table: ReadonlyMap<string, readonly string[]>): string {
  const segments: string[] = Array.from({ length: 10_000 }, () => '')
  for (const [char, codes] of table) for (const code of codes) segments[Number(code)] += char
  return segments.join(',').replace(/,+$/, '')
}

/** [code, character] pairs as one string of five-character groups, e.g. `0405冼`. */
export const packCodePairs = (pairs: ReadonlyArray<readonly [string, string]>): string =>
  pairs.map(([code, char]) => code + char).join('')

/** Pairs as one string of two-character groups (each character one code point; no separator needed). */
export const packPairs = (pairs: ReadonlyArray<readonly [string, string]>): string =>
  pairs.map(([a, b]) => a + b).join('')
