import { describe, expect, it } from 'vitest'
import { spaceShownAfterComma, spaceSurname, surnameFromBoxes, syllableSplits } from './surname-spaces.ts'

/** Letters at a steady pitch of 5 steps, with `gapAfter` letters followed by a wider step. */
function timed(text: string, gapAfter = -1, gap = 5) {
  let at = 0
  return Array.from(text).map((char, i) => {
    const c = { char, prob: 0.99, start: at, end: at }
    at += i === gapAfter - 1 ? gap : 5
    return c
  })
}

describe('syllableSplits', () => {
  it('finds where a run of capitals could be two syllables', () => {
    expect(syllableSplits('AUYEUNG')).toEqual([2])
    expect(syllableSplits('SZETO')).toEqual([3])
    expect(syllableSplits('LEEMOK')).toEqual([3])
  })

  it('does not split one-syllable surnames', () => {
    for (const name of ['CHEUNG', 'LEUNG', 'WONG', 'CHAN', 'KWOK', 'TSANG', 'POON', 'YUEN', 'FUNG']) {
      expect(syllableSplits(name)).toEqual([])
    }
  })
})

describe('spaceSurname', () => {
  it('puts a space where the letters step wider, and is sure of it', () => {
    expect(spaceSurname(timed('AUYEUNG', 2, 8), 5)).toEqual({ surname: 'AU YEUNG', sure: true })
  })

  it('keeps a run with an even pitch whole, and is sure of it', () => {
    expect(spaceSurname(timed('AUYEUNG'), 5)).toEqual({ surname: 'AUYEUNG', sure: true })
  })

  it('is not sure when the step is neither clearly a space nor clearly none', () => {
    expect(spaceSurname(timed('AUYEUNG', 2, 6.5), 5).sure).toBe(false)
  })

  it('keeps the spaces the recogniser read', () => {
    expect(spaceSurname(timed('CHAN LEE'), 5)).toEqual({ surname: 'CHAN LEE', sure: true })
  })
})

describe('spaceShownAfterComma', () => {
  it('trusts a line that shows the space the card prints after the comma, read or as a wide step', () => {
    expect(spaceShownAfterComma(timed('CHEUNG, Ha'), 6, 5)).toBe(true)
    expect(spaceShownAfterComma(timed('CHEUNG,Ha', 7, 10), 6, 5)).toBe(true)
  })

  it('does not trust a line that ran even that space together (a blurred card): an ambiguous surname is not sure', () => {
    // CHEUNGLO.HaHiu as read off a blurred drawn card: every step one pitch, the comma a full stop
    const chars = timed('CHEUNGLO.HaHiu')
    expect(spaceShownAfterComma(chars, 8, 5)).toBe(false)
    expect(spaceSurname(chars.slice(0, 8), 0)).toEqual({ surname: 'CHEUNGLO', sure: false })
    expect(spaceSurname(timed('CHEUNG'), 0)).toEqual({ surname: 'CHEUNG', sure: true })
  })
})

describe('surnameFromBoxes', () => {
  it('spaces a two-part surname where the detector parted its boxes', () => {
    expect(surnameFromBoxes(['CHEUNG', 'LEUNG,', 'Lai', 'Kam'], 'CHEUNGLEUNG')).toBe('CHEUNG LEUNG')
    expect(surnameFromBoxes(['SZE', 'TO,Hiu', 'Ching'], 'SZE TO')).toBe('SZE TO')
    expect(surnameFromBoxes(['DELA', 'CRUZ,', 'Analyn'], 'DELACRUZ')).toBe('DELA CRUZ')
    expect(surnameFromBoxes(['CHEUNG NG,', 'Oi'], 'CHEUNGNG')).toBe('CHEUNG NG')
  })

  it.each([
    [['CHEUNGLEUNG,', 'Lai'], 'one box: the boxes saw no gap'],
    [['CHE', 'UNG,', 'Wing'], 'a box broken inside one syllable'],
    [['CHEUNG', 'L,', 'Lai'], 'a piece of one letter'],
    [['CHEUNG', 'LEUNG', 'Lai'], 'no comma: where the surname ends is unknown'],
    [['CHEUNG', 'LEUNC,', 'Lai'], 'letters other than the surname read'],
  ])('gives no spacing for %j (%s)', (boxes, why) => {
    expect(surnameFromBoxes(boxes, 'CHEUNGLEUNG'), why).toBeNull()
  })
})
