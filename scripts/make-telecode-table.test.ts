import { describe, expect, it } from 'vitest'
import { buildTelecodeTable, packTelecodes } from './make-telecode-table.ts'

const SAMPLE = [
  '# Unihan_OtherMappings.txt',
  '# Unicode version: 15.0.0',
  '# © 2022 Unicode®, Inc.',
  'U+5927\tkMainlandTelegraph\t1129',
  'U+5927\tkTaiwanTelegraph\t1129',
  'U+5875\tkTaiwanTelegraph\t1057 7775',
  'U+6D3A\tkMainlandTelegraph\t3117',
  'U+6D3A\tkTaiwanTelegraph\t9721',
  'U+9648\tkMainlandTelegraph\t7115',
  'U+9673\tkBigFive\tB3AF',
  'U+9673\tkTaiwanTelegraph\t7115',
  'U+20000\tkMainlandTelegraph\t0001',
  '',
].join('\n')

describe('buildTelecodeTable', () => {
  it('prefers Taiwan codes and fills gaps from the Mainland table', () => {
    const build = buildTelecodeTable(SAMPLE)
    expect(build.unicodeVersion).toBe('15.0.0')
    expect(build.copyrightLine).toBe('© 2022 Unicode®, Inc.')
    expect(Object.fromEntries(build.table)).toEqual({
      大: ['1129'],
      塵: ['1057', '7775'],
      洺: ['9721'],
      陈: ['7115'],
      陳: ['7115'],
      '𠀀': ['0001'],
    })
    expect([build.fromTaiwan, build.fromMainland]).toEqual([4, 2])
  })

  it('rejects malformed codes and files without Taiwan data', () => {
    expect(() => buildTelecodeTable('U+5927\tkTaiwanTelegraph\t112')).toThrow(/Unexpected/)
    expect(() => buildTelecodeTable('U+5927\tkMainlandTelegraph\t1129')).toThrow(/No kTaiwanTelegraph/)
  })
})

describe('packTelecodes', () => {
  // The round trip through src/hkid/telecode.ts's unpackTelecodes is tested there (the app project owns it).
  it('puts the characters of code n in segment n and trims trailing empty segments', () => {
    const { table } = buildTelecodeTable(SAMPLE)
    const segments = packTelecodes(table).split(',')
    expect(segments[0]).toBe('')
    expect(segments[1]).toBe('𠀀')
    expect(segments[1057]).toBe('塵')
    expect(segments[1129]).toBe('大')
    expect(segments[7115]).toBe('陳陈')
    expect(segments[7775]).toBe('塵')
    expect(segments).toHaveLength(9722)
    expect(segments[9721]).toBe('洺')
    expect(Array.from(segments.join(''))).toHaveLength(7) // 𠀀 is one character, two UTF-16 units
  })
})
