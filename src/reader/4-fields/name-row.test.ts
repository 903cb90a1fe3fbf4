import { describe, expect, it } from 'vitest'
import { cardLine } from '#testing/reader/card-lines.ts'
import { lineText, type LineText } from './line-text.ts'
import { nameFromRun, type RowRun } from './name-row.ts'

/** Words of the name row at increasing x, each its own box; `whole` is the row read as one crop. */
function run(words: string[], whole?: string, prob = 0.99): RowRun {
  const parts: LineText[] = words.map((w, i) =>
    lineText(cardLine(w, 0.05 + 0.1 * i, 0.27, 0.13 + 0.1 * i, 0.32, prob)),
  )
  const line =
    whole === undefined ? null : lineText(cardLine(whole, 0.05, 0.27, 0.05 + 0.1 * words.length, 0.32))
  return { parts, whole: words.length === 1 && whole === undefined ? parts[0]! : line }
}

describe('nameFromRun', () => {
  it('takes the whole row when its letters are every box’s letters, and has no doubt', () => {
    const found = nameFromRun(run(['YU,Lok', 'Sum'], 'YU，Lok Sum'))
    expect(found?.name.value).toBe('YU, Lok Sum')
    expect(found?.doubts).toEqual([])
  })

  it('joins the boxes when the row was not read whole: the last given name is never dropped', () => {
    const found = nameFromRun(run(['LEE,Chi', 'Nan']))
    expect(found?.name.value).toBe('LEE, Chi Nan')
    expect(found?.doubts).toEqual([])
  })

  it('doubts a word of one letter: a stray mark after the name read as a letter is never sure', () => {
    const found = nameFromRun(run(['WONG', 'CHENG,', 'Ching', 'Yuet', 'R'], 'WONG CHENG, Ching Yuet R'))
    expect(found?.name.value).toBe('WONG CHENG, Ching Yuet R')
    expect(found?.doubts).toContain('lone-letter')
    expect(nameFromRun(run(['WONG', 'CHENG,', 'Ching', 'Yuet'], 'WONG CHENG, Ching Yuet'))?.doubts).toEqual(
      [],
    )
  })

  it('doubts a word left over on the name row', () => {
    const other: RowRun = run(['Nan'])
    const found = nameFromRun(run(['LEE,Chi']), [other])
    expect(found?.name.value).toBe('LEE, Chi')
    expect(found?.doubts).toContain('word-left-over')
  })

  it('counts no mark without letters beside the name as a word; inside its run a clear one is left over', () => {
    const noise = run(['福'], undefined, 0.08)
    expect(nameFromRun(run(['WILLIAMS,Peter']), [noise])?.doubts).toEqual([])
    const word = run(['福'], undefined, 0.95)
    expect(nameFromRun(run(['WILLIAMS,Peter']), [word])?.doubts).toEqual([])
    expect(nameFromRun(run(['WILLIAMS,', '福', 'Peter']))?.doubts).toContain('word-left-over')
  })

  it('doubts a comma it had to guess', () => {
    const found = nameFromRun(run(['LAM', 'Yat', 'Long']))
    expect(found?.name.value).toBe('LAM, Yat Long')
    expect(found?.doubts).toEqual(['comma-guessed'])
  })

  it('doubts a surname whose case it corrected', () => {
    const found = nameFromRun(run(['LOK', 'Wing', 'Ching'], 'LoK，Wing Ching'))
    expect(found?.name.value).toBe('LOK, Wing Ching')
    expect(found?.doubts).toEqual(['case-corrected'])
  })

  it('doubts a whole-row reading whose letters the boxes do not hold', () => {
    const found = nameFromRun(run(['CHAN,Tai', 'Man'], 'CHAN,Tai Manr'))
    expect(found?.name.value).toBe('CHAN, Tai Man')
    expect(found?.doubts).toEqual(['boxes-disagree'])
  })

  it('doubts a name that touches the card’s side: letters may lie past a card found too tight', () => {
    const cut = { parts: [lineText(cardLine('LIAMS,Peter', 0.003, 0.27, 0.33, 0.32))], whole: null }
    cut.whole = cut.parts[0]! as never
    expect(nameFromRun(cut)?.doubts).toContain('at-card-edge')
  })

  it('takes a letter weak in the whole reading as sure when the boxes read the same letters surely', () => {
    const agreeing = run(['CHAN,Tai', 'Man'], 'CHAN,Tai Man')
    agreeing.whole!.probs[5] = 0.6
    expect(nameFromRun(agreeing)?.confidence).toBeCloseTo(0.99)
    const differing = run(['CHAN,Tal', 'Man'], 'CHAN,Tai Man')
    differing.whole!.probs[5] = 0.6
    expect(nameFromRun(differing)?.doubts).toContain('boxes-disagree')
  })
})
