import { describe, expect, it } from 'vitest'
import {
  checkTelecode,
  loadTelecodeTable,
  nameCharacters,
  splitTelecodes,
  unpackTelecodes,
} from './telecode.ts'
import { telecodeData } from './telecode-data/telecodes.ts'

// A hand-made table: 陳 7115, 大 1129, 文 2429, 塵 has two codes.
const TABLE = new Map([
  ['陳', ['7115']],
  ['大', ['1129']],
  ['文', ['2429']],
  ['塵', ['1057', '7775']],
])

describe('unpackTelecodes', () => {
  it('maps each character of segment n to code n, padded to four digits', () => {
    const table = unpackTelecodes(',一,丁,,,三')
    expect(table.get('一')).toEqual(['0001'])
    expect(table.get('丁')).toEqual(['0002'])
    expect(table.get('三')).toEqual(['0005'])
    expect(table.size).toBe(3)
  })

  it('keeps several characters per code and several codes per character', () => {
    const table = unpackTelecodes('亂乱,塵,塵')
    expect(table.get('亂')).toEqual(['0000'])
    expect(table.get('乱')).toEqual(['0000'])
    expect(table.get('塵')).toEqual(['0001', '0002'])
  })

  it('handles characters outside the BMP', () => {
    expect(unpackTelecodes(',𠀀').get('𠀀')).toEqual(['0001'])
  })
})

describe('the generated table', () => {
  it('loads lazily, once', async () => {
    const first = loadTelecodeTable()
    expect(loadTelecodeTable()).toBe(first)
    const table = await first
    expect(table.size).toBe(telecodeData.entries)
  })

  it('has Taiwan codes first and Mainland codes for what Taiwan lacks', async () => {
    const table = await loadTelecodeTable()
    expect(table.get('陳')).toEqual(['7115']) // Taiwan table only
    expect(table.get('陈')).toEqual(['7115']) // simplified form, Mainland table only
    expect(table.get('大')).toEqual(['1129'])
    expect(table.get('文')).toEqual(['2429'])
    expect(table.get('塵')).toEqual(['1057', '7775']) // two Taiwan codes
    // U+6D3A: Taiwan 9721, Mainland 3117 — Taiwan wins.
    expect(table.get('\u6d3a')).toEqual(['9721'])
    expect(telecodeData.unicodeVersion).toBe('15.0.0')
  })

  it('accepts the specimen card', async () => {
    expect(checkTelecode('陳大文', '7115 1129 2429', await loadTelecodeTable())).toEqual([])
  })
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
