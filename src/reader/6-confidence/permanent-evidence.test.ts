import { describe, expect, it } from 'vitest'
import { cardLine } from '#testing/reader/card-lines.ts'
import { tables } from '#testing/reader/decode-tables.ts'
import type { CardLine } from '../3-text/read-card-text.ts'
import { interpretCardLines } from './card-reading.ts'

/** A line whose characters are read at 0.99 but those listed, read at their own probability */
function weakAt(line: CardLine, weak: Record<string, number>): CardLine {
  const chars = line.chars.map((c) => (c.char in weak ? { ...c, prob: weak[c.char]! } : c))
  return { ...line, chars }
}

function card(o: { title?: CardLine[]; symbol?: CardLine | null; name?: CardLine[] }) {
  return interpretCardLines(
    [
      ...(o.title ?? [
        weakAt(cardLine('香港永久性居民身份證', 0.3, 0.05, 0.75, 0.1), { 證: 0.5 }),
        weakAt(cardLine('HONG KONG PERMANENT IDENTITY CARD', 0.16, 0.12, 0.9, 0.16), { Y: 0.6 }),
      ]),
      ...(o.name ?? [cardLine('LOK, Wing Ching', 0.03, 0.28, 0.4, 0.33)]),
      cardLine('03-06-1985', 0.4, 0.58, 0.6, 0.62),
      cardLine('女F', 0.63, 0.58, 0.7, 0.62),
      ...(o.symbol === null
        ? []
        : [o.symbol ?? weakAt(cardLine('***AZ', 0.4, 0.64, 0.5, 0.69), { '*': 0.7 })]),
      cardLine('26-11-18', 0.4, 0.84, 0.6, 0.9),
      cardLine('Z683365(5)', 0.67, 0.84, 0.96, 0.9),
    ],
    tables,
  )
}

describe('Permanent rests on its own evidence', () => {
  it('is sure when the word PERMANENT and the symbol A are read well, whatever the title’s other characters', () => {
    const c = card({})
    expect(c.fields.Permanent).toBe(1)
    expect(c.uncertain).not.toContain('Permanent')
  })

  it('is flagged when the symbols are missing, lack the A, or the word itself and the A are read weakly', () => {
    const withoutA = cardLine('***Z', 0.4, 0.64, 0.5, 0.69)
    const weakWord = [
      weakAt(cardLine('HONG KONG PERMANENT IDENTITY CARD', 0.16, 0.12, 0.9, 0.16), { P: 0.6 }),
    ]
    const weakA = weakAt(cardLine('***AZ', 0.4, 0.64, 0.5, 0.69), { A: 0.6 })
    for (const c of [
      card({ symbol: null }),
      card({ symbol: withoutA }),
      card({ title: weakWord, symbol: weakA }),
    ])
      expect(c.uncertain).toContain('Permanent')
  })

  it('is sure of a card that is not permanent only when the whole title and the symbols say so', () => {
    const title = [cardLine('HONG KONG IDENTITY CARD', 0.16, 0.12, 0.7, 0.16)]
    const sure = card({ title, symbol: cardLine('CZ', 0.4, 0.64, 0.46, 0.69) })
    expect(sure.fields.Permanent).toBe(0)
    expect(sure.uncertain).not.toContain('Permanent')
    const weakTitle = [weakAt(cardLine('HONG KONG IDENTITY CARD', 0.16, 0.12, 0.7, 0.16), { G: 0.6 })]
    const weakSymbol = weakAt(cardLine('CZ', 0.4, 0.64, 0.46, 0.69), { C: 0.6 })
    expect(card({ title: weakTitle, symbol: weakSymbol }).uncertain).toContain('Permanent')
  })
})

describe('the English name’s run', () => {
  it('prefers a name read with its comma and capitals to a label above it read as one', () => {
    const label = cardLine('name,en', 0.03, 0.22, 0.12, 0.26)
    const c = card({ name: [label, cardLine('LOK, Wing Ching', 0.03, 0.28, 0.4, 0.33)] })
    expect(c.fields.EnName).toBe('LOK, Wing Ching')
  })
})
