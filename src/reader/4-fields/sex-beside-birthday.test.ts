import { describe, expect, it } from 'vitest'
import { cardLine } from '#testing/reader/card-lines.ts'
import { tables } from '#testing/reader/decode-tables.ts'
import type { CardLine } from '../3-text/read-card-text.ts'
import { interpretCardLines } from '../6-confidence/card-reading.ts'
import { sexCellBox } from './sex-beside-birthday.ts'

/** The real HKID-2018's data column with no box for the sex beside the date of birth */
const lines: CardLine[] = [
  cardLine('香港永久性居民身份證', 0.3, 0.06, 0.75, 0.11),
  cardLine('HONG KONG PERMANENT IDENTITY CARD', 0.16, 0.13, 0.9, 0.16),
  cardLine('LOK, Wing Ching', 0.03, 0.28, 0.4, 0.33),
  cardLine('03-06-1985', 0.4, 0.58, 0.6, 0.62),
  cardLine('***AZ', 0.4, 0.64, 0.5, 0.69),
  cardLine('26-11-18', 0.4, 0.84, 0.6, 0.9),
  cardLine('Z683365(5)', 0.67, 0.84, 0.96, 0.9),
]

/** The cell as the recogniser might read it, placed where sexCellBox cuts it */
function cell(text: string, prob = 0.99): CardLine {
  const box = sexCellBox(lines)!
  return cardLine(text, box[0][0], box[0][1], box[1][0], box[2][1], prob)
}

describe('sexCellBox', () => {
  it('cuts the cell right of the date of birth, on its row, a little taller than the date', () => {
    const box = sexCellBox(lines)!
    expect(box[0][0]).toBeGreaterThan(0.6)
    expect(box[0][0]).toBeLessThan(0.61)
    expect(box[1][0]).toBeGreaterThan(0.65)
    expect(box[1][0]).toBeLessThan(0.75)
    expect(box[0][1]).toBeLessThan(0.58)
    expect(box[2][1]).toBeGreaterThan(0.62)
  })

  it('cuts nothing when no date of birth was read, or its box already holds the sex', () => {
    expect(sexCellBox(lines.filter((l) => l.text !== '03-06-1985'))).toBeNull()
    const joined = lines.map((l) =>
      l.text === '03-06-1985' ? cardLine('03-06-1985女F', 0.4, 0.58, 0.7, 0.62) : l,
    )
    expect(sexCellBox(joined)).toBeNull()
  })
})

describe('the sex read from the cell beside the date', () => {
  it('is sure when both halves are read and agree', () => {
    const card = interpretCardLines([...lines, cell('女F')], tables)
    expect(card.fields.Sex).toBe('女F')
    expect(card.uncertain).not.toContain('Sex')
  })

  it('is flagged when only one half is read, or the halves disagree, or a glyph is weak', () => {
    for (const [text, prob] of [
      ['女', 0.99],
      ['F', 0.99],
      ['男F', 0.99],
      ['女F', 0.6],
    ] as const) {
      const card = interpretCardLines([...lines, cell(text, prob)], tables)
      expect(card.fields.Sex).not.toBe('')
      expect(card.uncertain).toContain('Sex')
    }
  })

  it('gives no sex from a cell that holds something else', () => {
    const card = interpretCardLines([...lines, cell('安')], tables)
    expect(card.fields.Sex).toBe('')
    expect(card.uncertain).toContain('Sex')
  })
})
