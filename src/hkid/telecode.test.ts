import { describe, expect, it } from 'vitest'
import { checkTelecode, nameCharacters, splitTelecodes } from './telecode.ts'
import { createTelecodeTable, loadTelecodeTable } from './telecode-table.ts'

// A hand-made table: 陳 7115, 大 1129, 文 2429, 塵 has two codes; 啟 has none and reads through 啓 (0796).
const TABLE = createTelecodeTable({
  codes: [...Array.from({ length: 10_000 }, () => '')]
    .map((_, code) => ({ 7115: '陳', 1129: '大', 2429: '文', 1057: '塵', 7775: '塵', 796: '啓' })[code] ?? '')
    .join(','),
  mainland: '',
  standIns: '啟啓',
})

describe('splitTelecodes', () => {
  it.each([
    ['7115 1129 2429', ['7115', '1129', '2429']],
    ['711511292429', ['7115', '1129', '2429']],
    ['300000000000', ['3000', '0000', '0000']],
    ['7115  1129\t2429 ', ['7115', '1129', '2429']],
    ['7115 11292429', ['7115', '1129', '2429']],
    ['7115-1129,2429', ['7115', '1129', '2429']],
    ['７１１５ １１２９', ['7115', '1129']],
    ['', []],
  ])('%j', (text, groups) => {
    expect(splitTelecodes(text)).toEqual(groups)
  })

  it.each(['7115 112 2429', '71151', '7115 II29', '7115 1129 24a9'])('rejects %j', (text) => {
    expect(splitTelecodes(text)).toBeNull()
  })
})

describe('nameCharacters', () => {
  it('drops whitespace and punctuation, keeps supplementary characters whole', () => {
    expect(nameCharacters(' 陳 大文 ')).toEqual(['陳', '大', '文'])
    expect(nameCharacters('阿·布')).toEqual(['阿', '布'])
    expect(nameCharacters('陳𠀀')).toEqual(['陳', '𠀀'])
  })
})

describe('checkTelecode', () => {
  it('accepts matching codes, spaced or not', () => {
    expect(checkTelecode('陳大文', '7115 1129 2429', TABLE)).toEqual([])
    expect(checkTelecode('陳大文', '711511292429', TABLE)).toEqual([])
  })

  it('accepts any of a character’s codes', () => {
    expect(checkTelecode('塵', '1057', TABLE)).toEqual([])
    expect(checkTelecode('塵', '7775', TABLE)).toEqual([])
  })

  it('names the character, its 1-based position and both codes on a mismatch', () => {
    expect(checkTelecode('陳大文', '7115 1128 2429', TABLE)).toEqual([
      {
        code: 'TELECODE_MISMATCH',
        severity: 'warning',
        field: 'telexCode',
        params: { char: '大', position: 2, expected: '1129', found: '1128' },
      },
    ])
    expect(checkTelecode('塵', '0000', TABLE)[0]?.params.expected).toBe('1057/7775')
  })

  it('reports every mismatching position', () => {
    const findings = checkTelecode('陳大文', '0000 1129 9999', TABLE)
    expect(findings.map((f) => f.params.position)).toEqual([1, 3])
  })

  it('accepts the code of a same-character variant for a character with none of its own', () => {
    expect(checkTelecode('陳啟文', '7115 0796 2429', TABLE)).toEqual([])
    expect(checkTelecode('啟', '0797', TABLE)[0]?.params).toMatchObject({ expected: '0796', found: '0797' })
  })

  it('treats characters missing from the table as info, not errors', () => {
    expect(checkTelecode('陳小文', '7115 1420 2429', TABLE)).toEqual([
      {
        code: 'TELECODE_UNKNOWN',
        severity: 'info',
        field: 'telexCode',
        params: { char: '小', position: 2, found: '1420' },
      },
    ])
  })

  it('reports different counts alone, without misaligned comparisons', () => {
    expect(checkTelecode('陳大文', '7115 1129', TABLE)).toEqual([
      {
        code: 'TELECODE_COUNT',
        severity: 'warning',
        field: 'telexCode',
        params: { characters: 3, codes: 2 },
      },
    ])
    expect(checkTelecode('陳大文', '', TABLE)[0]?.params).toEqual({ characters: 3, codes: 0 })
    expect(checkTelecode('', '7115', TABLE)[0]?.params).toEqual({ characters: 0, codes: 1 })
  })

  it('reports a malformed code field as TELECODE_FORMAT', () => {
    expect(checkTelecode('陳大文', '7115 112 2429', TABLE)).toEqual([
      {
        code: 'TELECODE_FORMAT',
        severity: 'warning',
        field: 'telexCode',
        params: { value: '7115 112 2429' },
      },
    ])
  })

  it('is silent for holders without a Chinese name', () => {
    expect(checkTelecode('', '', TABLE)).toEqual([])
    expect(checkTelecode('  ', ' ', TABLE)).toEqual([])
  })
})

describe('the generated table', () => {
  it('accepts the specimen card', async () => {
    expect(checkTelecode('陳大文', '7115 1129 2429', await loadTelecodeTable())).toEqual([])
  })

  // Unihan 15.0: Taiwan and Mainland codes differ for these Hong Kong name characters (Mainland first).
  it.each([
    ['冼', '0405', '8112'],
    ['禤', '8983', '8895'],
    ['昊', '8504', '8513'],
    ['晟', '8508', '8518'],
    ['鑫', '9515', '9387'],
    ['淼', '8693', '8675'],
    ['玥', '8819', '8760'],
    ['珺', '8823', '9714'],
  ])('accepts %s with either source’s code (%s Mainland, %s Taiwan) and nothing else', async (char, a, b) => {
    const table = await loadTelecodeTable()
    expect(checkTelecode(char, a, table)).toEqual([])
    expect(checkTelecode(char, b, table)).toEqual([])
    expect(checkTelecode(char, '0001', table).map((f) => f.code)).toEqual(['TELECODE_MISMATCH'])
  })

  // The character on the card has no code; the code lives under its variant (Unihan kSemanticVariant/kZVariant).
  it.each([
    ['啟', '啓', '0796'],
    ['衛', '衞', '5898'],
    ['栢', '柏', '2672'],
    ['悅', '悦', '1878'],
    ['銳', '鋭', '6904'],
  ])('accepts %s through its variant %s (%s)', async (char, variant, code) => {
    const table = await loadTelecodeTable()
    expect(table.codesOf(char)).toEqual([])
    expect(table.acceptedCodesOf(char)).toEqual({ codes: [code], via: variant })
    expect(checkTelecode(char, code, table)).toEqual([])
  })

  it('accepts 吳 and 吴 with 0702, the code both carry in one source or the other', async () => {
    const table = await loadTelecodeTable()
    expect(checkTelecode('吳', '0702', table)).toEqual([])
    expect(checkTelecode('吴', '0702', table)).toEqual([])
    expect(table.codesOf('吴')).toEqual(['8160', '0702']) // Taiwan 8160, then Mainland 0702
  })
})
