import { describe, expect, it } from 'vitest'
import { createSimplifiedTraditional, loadSimplifiedTraditional } from './simplified-traditional.ts'
import { createTelecodeTable, loadTelecodeTable } from './telecode-table.ts'
import { telecodeData } from './telecode-data/telecodes.ts'

describe('createTelecodeTable', () => {
  const table = createTelecodeTable({ codes: '亂乱,塵,塵,,𠀀', mainland: '0003塵0004亂', standIns: '亃亂' })

  it('maps each character of segment n to code n, padded to four digits, and back', () => {
    expect(table.codesOf('乱')).toEqual(['0000'])
    expect(table.codesOf('𠀀')).toEqual(['0004']) // outside the BMP: one character, two UTF-16 units
    expect(table.charsOf('0001')).toEqual(['塵'])
    expect(table.charsOf('0005')).toEqual([])
    expect(table.size).toBe(4)
  })

  it('adds the other source’s codes after the first source’s, both ways', () => {
    expect(table.codesOf('塵')).toEqual(['0001', '0002', '0003'])
    expect(table.primaryCodesOf('塵')).toEqual(['0001', '0002'])
    expect(table.codesOf('亂')).toEqual(['0000', '0004'])
    expect(table.charsOf('0004')).toEqual(['𠀀', '亂'])
    expect(table.charsOf('0003')).toEqual(['塵'])
  })

  it('reads a character with no code through its stand-in, both ways', () => {
    expect(table.codesOf('亃')).toEqual([])
    expect(table.acceptedCodesOf('亃')).toEqual({ codes: ['0000', '0004'], via: '亂' })
    expect(table.acceptedCodesOf('塵')).toEqual({ codes: ['0001', '0002', '0003'], via: null })
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
    expect(table.codesOf('\u6d3a')).toEqual(['9721', '3117']) // 洺: Taiwan 9721, then Mainland 3117
    expect(table.primaryCodesOf('\u6d3a')).toEqual(['9721'])
    expect(table.primaryCodesOf('陈')).toEqual(['7115']) // no Taiwan code: Mainland's is its first
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
