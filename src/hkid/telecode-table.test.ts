import { describe, expect, it } from 'vitest'
import { createSimplifiedTraditional, loadSimplifiedTraditional } from './simplified-traditional.ts'
import { createTelecodeTable, loadTelecodeTable } from './telecode-table.ts'
import { telecodeData } from './telecode-data/telecodes.ts'

describe('createTelecodeTable', () => {
  const table = createTelecodeTable({ codes: '亂乱,塵,塵,,𠀀', standIns: '亃亂' })

  it('maps each character of segment n to code n, padded to four digits, and back', () => {
    expect(table.codesOf('亂')).toEqual(['0000'])
    expect(table.codesOf('塵')).toEqual(['0001', '0002'])
    expect(table.codesOf('𠀀')).toEqual(['0004']) // outside the BMP: one character, two UTF-16 units
    expect(table.charsOf('0000')).toEqual(['亂', '乱'])
    expect(table.charsOf('0003')).toEqual([])
    expect(table.size).toBe(4)
  })

  it('reads a character with no code through its stand-in, both ways', () => {
    expect(table.codesOf('亃')).toEqual([])
    expect(table.acceptedCodesOf('亃')).toEqual({ codes: ['0000'], via: '亂' })
    expect(table.acceptedCodesOf('塵')).toEqual({ codes: ['0001', '0002'], via: null })
    expect(table.acceptedCodesOf('丁')).toEqual({ codes: [], via: null })
    expect(table.charsOf('0000', { standIns: true })).toEqual(['亂', '乱', '亃'])
    expect(table.variantsOf('亂')).toEqual(['亃'])
    expect(table.variantsOf('亃')).toEqual(['亂'])
  })
})

describe('the generated table', () => {
  it('loads lazily, once, with every character the data names', async () => {
    const first = loadTelecodeTable()
    expect(loadTelecodeTable()).toBe(first)
    expect((await first).size).toBe(telecodeData.entries)
    expect(telecodeData.unicodeVersion).toBe('15.0.0')
  })

  it('keeps both sources: Taiwan-only, Mainland-only, and characters the two code differently', async () => {
    const table = await loadTelecodeTable()
    expect(table.codesOf('陳')).toEqual(['7115']) // Taiwan only
    expect(table.codesOf('陈')).toEqual(['7115']) // simplified form, Mainland only
    expect(table.codesOf('塵')).toEqual(['1057', '7775']) // two Taiwan codes
    expect(table.codesOf('\u6d3a')).toEqual(['3117', '9721']) // 洺: Mainland 3117, Taiwan 9721
    expect(table.charsOf('7115')).toEqual(['陳', '陈'])
    expect(table.charsOf('0796', { standIns: true })).toContain('啟')
  })
})

describe('simplified and traditional pairs', () => {
  it('unpacks pairs both ways, a simplified character with several traditional forms included', () => {
    const pairs = createSimplifiedTraditional('发發发髮陈陳')
    expect(pairs.traditionalOf('发')).toEqual(['發', '髮'])
    expect(pairs.simplifiedOf('陳')).toEqual(['陈'])
    expect(pairs.sameReading('陈', '陳')).toBe(true)
    expect(pairs.sameReading('陳', '陈')).toBe(true)
    expect(pairs.sameReading('陳', '陳')).toBe(true)
    expect(pairs.sameReading('陈', '發')).toBe(false)
  })

  it('holds the pairs a Hong Kong name reading needs', async () => {
    const pairs = await loadSimplifiedTraditional()
    expect(pairs.traditionalOf('陈')).toEqual(['陳'])
    expect(pairs.simplifiedOf('衛')).toEqual(['卫'])
    expect(pairs.traditionalOf('发')).toEqual(expect.arrayContaining(['發', '髮']))
    expect(pairs.sameReading('吴', '吳')).toBe(true)
  })
})
