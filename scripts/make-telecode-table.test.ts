import { describe, expect, it } from 'vitest'
import {
  codelessStandIns,
  hongKongSimplifiedPairs,
  mergeCodes,
  otherMainlandCodes,
  packCodePairs,
  packPairs,
  packTelecodes,
  primaryCodes,
  parseOtherMappings,
  parseVariants,
} from './unihan-telecodes.ts'

// Lines as Unihan 15.0 has them for these characters.
const MAPPINGS = [
  '# Unihan_OtherMappings.txt',
  '# Unicode version: 15.0.0',
  '# © 2022 Unicode®, Inc.',
  'U+51BC\tkBigFive\tDBF8',
  'U+51BC\tkMainlandTelegraph\t0405',
  'U+51BC\tkTaiwanTelegraph\t8112',
  'U+5553\tkBigFive\tB3D3',
  'U+5553\tkTaiwanTelegraph\t0796',
  'U+555F\tkBigFive\tB1D2',
  'U+5875\tkTaiwanTelegraph\t1057 7775',
  'U+5927\tkMainlandTelegraph\t1129',
  'U+5927\tkTaiwanTelegraph\t1129',
  'U+9648\tkMainlandTelegraph\t7115',
  'U+9673\tkBigFive\tB3AF',
  'U+9673\tkTaiwanTelegraph\t7115',
  'U+20000\tkMainlandTelegraph\t0001',
  '',
].join('\n')

const VARIANTS = [
  '# Unihan_Variants.txt',
  'U+542F\tkTraditionalVariant\tU+555F',
  'U+5553\tkSemanticVariant\tU+555F<kLau,kMatthews,kMeyerWempe',
  'U+555F\tkSemanticVariant\tU+5553<kLau,kMatthews,kMeyerWempe',
  'U+555F\tkSimplifiedVariant\tU+542F',
  'U+9673\tkSimplifiedVariant\tU+9648',
  '',
].join('\n')

describe('parseOtherMappings', () => {
  it('reads both telegraph sources, the Big5/HKSCS repertoire, the version and the copyright line', () => {
    const sources = parseOtherMappings(MAPPINGS)
    expect(sources.unicodeVersion).toBe('15.0.0')
    expect(sources.copyrightLine).toBe('© 2022 Unicode®, Inc.')
    expect(sources.taiwan.get('冼')).toEqual(['8112'])
    expect(sources.mainland.get('冼')).toEqual(['0405'])
    expect(sources.taiwan.get('塵')).toEqual(['1057', '7775'])
    expect([...sources.hongKong].sort()).toEqual(['冼', '啓', '啟', '陳'].sort())
  })

  it('rejects malformed codes and files without Taiwan data', () => {
    expect(() => parseOtherMappings('U+5927\tkTaiwanTelegraph\t112')).toThrow(/Unexpected/)
    expect(() => parseOtherMappings('U+5927\tkMainlandTelegraph\t1129')).toThrow(/No kTaiwanTelegraph/)
  })
})

describe('mergeCodes', () => {
  it('keeps Taiwan first (Mainland for what Taiwan lacks), then the other Mainland codes', () => {
    const sources = parseOtherMappings(MAPPINGS)
    expect(primaryCodes(sources).get('冼')).toEqual(['8112'])
    expect(primaryCodes(sources).get('陈')).toEqual(['7115'])
    expect(otherMainlandCodes(sources)).toEqual([['0405', '冼']])
    expect(packCodePairs(otherMainlandCodes(sources))).toBe('0405冼')
  })

  it('keeps every code either source gives, once', () => {
    const merged = mergeCodes(parseOtherMappings(MAPPINGS))
    expect(merged.get('冼')).toEqual(['8112', '0405'])
    expect(merged.get('大')).toEqual(['1129'])
    expect(merged.get('陈')).toEqual(['7115'])
    expect(merged.get('𠀀')).toEqual(['0001'])
    expect(merged.has('啟')).toBe(false)
  })
})

describe('variants', () => {
  const sources = parseOtherMappings(MAPPINGS)
  const codes = mergeCodes(sources)
  const variants = parseVariants(VARIANTS)

  it('reads same-character variants and [simplified, traditional] pairs', () => {
    expect(variants.same).toEqual([
      ['啓', '啟'],
      ['啟', '啓'],
    ])
    expect(variants.simplified).toEqual([
      ['启', '啟'],
      ['启', '啟'],
      ['陈', '陳'],
    ])
  })

  it('gives a codeless Hong Kong character its variant’s code, never the other way round', () => {
    expect(codelessStandIns(codes, sources, variants.same)).toEqual([['啟', '啓']])
  })

  it('keeps simplified/traditional pairs once, when the traditional is Big5/HKSCS and one has a code', () => {
    expect(hongKongSimplifiedPairs(codes, sources, variants.simplified)).toEqual([['陈', '陳']])
  })
})

describe('packing', () => {
  it('puts the characters of code n in segment n and trims trailing empty segments', () => {
    const segments = packTelecodes(primaryCodes(parseOtherMappings(MAPPINGS))).split(',')
    expect(segments[1]).toBe('𠀀')
    expect(segments[405]).toBe('')
    expect(segments[1057]).toBe('塵')
    expect(segments[7115]).toBe('陳陈')
    expect(segments[8112]).toBe('冼')
    expect(segments).toHaveLength(8113)
  })

  it('writes pairs as two-character groups', () => {
    expect(
      packPairs([
        ['啟', '啓'],
        ['𠀀', '大'],
      ]),
    ).toBe('啟啓𠀀大')
  })
})
