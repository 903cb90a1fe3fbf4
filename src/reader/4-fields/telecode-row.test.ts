import { describe, expect, it } from 'vitest'
import { cardLine } from '#testing/reader/card-lines.ts'
import { lineText } from './line-text.ts'
import type { RowRun } from './name-row.ts'
import { fourDigitGroups, joinDigitBoxes, telecodesFromRun } from './telecode-row.ts'

const box = (text: string, x0: number, x1: number) => lineText(cardLine(text, x0, 0.38, x1, 0.42))

describe('fourDigitGroups', () => {
  it('cuts a run of twelve digits into three codes', () => {
    expect(fourDigitGroups('286730572532')).toEqual(['2867', '3057', '2532'])
  })
  it.each(['2651224802597', '265', '2867a057'])('finds no whole codes in %j', (digits) => {
    expect(fourDigitGroups(digits)).toBeNull()
  })
})

describe('joinDigitBoxes', () => {
  it('reads a digit once where two boxes overlap and both read it', () => {
    expect(joinDigitBoxes([box('26512', 0.4, 0.52), box('24802597', 0.505, 0.71)])).toEqual({
      digits: '265124802597',
      doubled: true,
    })
  })
  it('keeps a repeated digit where the boxes stand apart', () => {
    expect(joinDigitBoxes([box('2651', 0.4, 0.48), box('1480', 0.5, 0.59)])).toEqual({
      digits: '26511480',
      doubled: false,
    })
  })
})

describe('telecodesFromRun', () => {
  const overlapping = [box('26512', 0.4, 0.52), box('24802597', 0.505, 0.71)]

  it('doubts codes where it dropped a doubled digit and nothing confirms it', () => {
    const run: RowRun = { parts: overlapping, whole: null }
    expect(telecodesFromRun(run)).toMatchObject({ groups: ['2651', '2480', '2597'], doubtful: true })
  })

  it('is sure of them when the whole row, read as one crop, reads the same digits', () => {
    const run: RowRun = { parts: overlapping, whole: box('265124802597', 0.4, 0.71) }
    expect(telecodesFromRun(run)).toMatchObject({ groups: ['2651', '2480', '2597'], doubtful: false })
  })

  it('doubts codes when the whole row and its boxes read different digits', () => {
    const run: RowRun = {
      parts: [box('2867', 0.4, 0.48), box('30572532', 0.5, 0.7)],
      whole: box('286730572582', 0.4, 0.7),
    }
    expect(telecodesFromRun(run)).toMatchObject({ groups: ['2867', '3057', '2532'], doubtful: true })
  })

  it('reads the codes of one box holding the whole run', () => {
    const only = box('015128675361', 0.39, 0.7)
    expect(telecodesFromRun({ parts: [only], whole: only })).toMatchObject({
      groups: ['0151', '2867', '5361'],
      doubtful: false,
    })
  })

  it('finds no codes on a row with a letter in it', () => {
    expect(telecodesFromRun({ parts: [box('2867 3O57', 0.4, 0.6)], whole: null })).toBeNull()
  })
})
