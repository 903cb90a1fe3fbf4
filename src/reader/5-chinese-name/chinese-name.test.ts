import { describe, expect, it } from 'vitest'
import { codeOf, tables } from '#testing/reader/decode-tables.ts'
import { decodeChineseName } from './chinese-name.ts'

describe('decodeChineseName', () => {
  it('takes the traditional character of each code where the simplified reading confirms it', () => {
    const chars = decodeChineseName([codeOf('陳'), codeOf('大'), codeOf('文')], ['陈', '大', '文'], tables)
    expect(chars.map((c) => c.char).join('')).toBe('陳大文')
    expect(chars.every((c) => c.confirmed)).toBe(true)
    expect(chars[0]).toEqual({ char: '陳', code: '7115', read: '陈', confirmed: true })
  })

  it('keeps a compound surname whole when read in simplified form', () => {
    const codes = ['歐', '陽', '美', '玲'].map(codeOf)
    const chars = decodeChineseName(codes, ['欧', '阳', '美', '玲'], tables)
    expect(chars.map((c) => c.char).join('')).toBe('歐陽美玲')
    expect(chars.every((c) => c.confirmed)).toBe(true)
  })

  it('takes a reading with the same simplified form as confirming (鐘 read where 鍾 is printed)', () => {
    const chars = decodeChineseName([codeOf('鍾'), codeOf('小')], ['鐘', '小'], tables)
    expect(chars[0]).toEqual({ char: '鍾', code: codeOf('鍾'), read: '鐘', confirmed: true })
  })

  it('gives the code’s character but leaves it unconfirmed when the reading disagrees', () => {
    // 譚 is missing from the recogniser's dictionary: it reads a look-alike instead
    const chars = decodeChineseName([codeOf('譚'), codeOf('大')], ['潭', '大'], tables)
    expect(chars[0]).toEqual({ char: '譚', code: codeOf('譚'), read: '潭', confirmed: false })
    expect(chars[1]!.confirmed).toBe(true)
  })

  it('never confirms a character from a misread code', () => {
    // 7215 is one digit off 陳's 7115: the reading 陈 does not confirm whatever 7215 names
    const chars = decodeChineseName(['7215'], ['陈'], tables)
    expect(chars[0]!.confirmed).toBe(false)
    expect(chars[0]!.char).not.toBe('陳')
  })

  it('aligns a reading that dropped a character with the codes', () => {
    const chars = decodeChineseName([codeOf('陳'), codeOf('泰'), codeOf('輝')], ['陈', '泰'], tables)
    expect(chars.map((c) => c.confirmed)).toEqual([true, true, false])
    expect(chars[2]).toMatchObject({ char: '輝', read: '' })
  })

  it('leaves every character unconfirmed when no codes were read', () => {
    const chars = decodeChineseName([], ['陈', '大', '文'], tables)
    expect(chars.map((c) => c.char).join('')).toBe('陈大文')
    expect(chars.some((c) => c.confirmed)).toBe(false)
  })
})
