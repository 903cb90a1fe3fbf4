import { describe, expect, it } from 'vitest'
import { checkSymbols, LONE_LETTER_AT, type SymbolContext } from './symbol-line.ts'

const adult: SymbolContext = { permanentTitle: true, birthday: '03-06-1985', issueDate: '26-11-18' }
const child: SymbolContext = { permanentTitle: true, birthday: '22-01-2005', issueDate: '26-11-18' }
const nonPermanent: SymbolContext = { permanentTitle: false, birthday: '13-07-1970', issueDate: '26-11-18' }
const unknown: SymbolContext = { permanentTitle: null, birthday: null, issueDate: null }
/** Every character at `p`, but those given */
const probs = (text: string, p: number, at: Record<number, number> = {}) =>
  Array.from(text, (_, i) => at[i] ?? p)

describe('checkSymbols', () => {
  it('takes weak stars and a weak A as sure when the age and the title confirm them', () => {
    const check = checkSymbols('***AZ', probs('***AZ', 0.6, { 4: 0.89 }), adult)
    expect(check).toEqual({ sure: true, status: { letter: 'A', prob: 0.6 } })
    expect(checkSymbols('*AZ', probs('*AZ', 0.6, { 2: 0.95 }), child).sure).toBe(true)
  })

  it('takes a non-permanent status letter and the birthplace on the lower bar when the title says not permanent', () => {
    expect(checkSymbols('CO', [0.88, 0.79], nonPermanent).sure).toBe(true)
    expect(checkSymbols('UBX', [0.8, 0.75, 0.9], nonPermanent).sure).toBe(true)
  })

  it('flags a lone letter read under the bar set on wrong letters', () => {
    const weak = LONE_LETTER_AT - 0.01
    expect(checkSymbols('***AZ', probs('***AZ', 0.99, { 4: weak }), adult).sure).toBe(false)
    expect(checkSymbols('CO', [0.95, weak], nonPermanent).sure).toBe(false)
    expect(checkSymbols('CO', [weak, 0.95], nonPermanent).sure).toBe(false)
  })

  it('flags stars that do not fit the age on the issue date', () => {
    expect(checkSymbols('***AZ', probs('***AZ', 0.99), child).sure).toBe(false)
    expect(checkSymbols('*AZ', probs('*AZ', 0.99), adult).sure).toBe(false)
    const toddler = { ...child, birthday: '09-07-2012' }
    expect(checkSymbols('*AZ', probs('*AZ', 0.99), toddler).sure).toBe(false)
  })

  it('flags a status letter the title contradicts, however surely it was read', () => {
    expect(checkSymbols('AZ', [1, 1], nonPermanent).sure).toBe(false)
    expect(checkSymbols('CZ', [1, 1], adult).sure).toBe(false)
  })

  it('needs the full bar for what nothing confirms: stars without dates, a status without a title', () => {
    expect(checkSymbols('***AZ', probs('***AZ', 0.89, { 4: 0.95 }), { ...adult, issueDate: null }).sure).toBe(
      false,
    )
    expect(checkSymbols('AZ', [0.89, 0.95], unknown).sure).toBe(false)
    expect(checkSymbols('***AZ', probs('***AZ', 0.95), unknown).sure).toBe(true)
    expect(checkSymbols('CX', [0.85, 0.95], { ...nonPermanent, permanentTitle: null }).sure).toBe(false)
  })

  it.each([
    ['**AZ', 'two stars are no band'],
    ['*CZ', 'stars without the right of abode'],
    ['AZO', 'two birthplaces'],
    ['Z', 'no status letter'],
    ['A', 'no birthplace'],
    ['AQ', 'a letter no card prints'],
    ['ZA', 'letters out of order'],
  ])('flags %j, which no smart card prints (%s)', (text) => {
    const check = checkSymbols(text, probs(text, 1), adult)
    expect(check.sure).toBe(false)
  })

  it('gives no status letter for a line that does not parse', () => {
    expect(checkSymbols('2Z', [1, 1], adult).status).toBeNull()
  })
})
