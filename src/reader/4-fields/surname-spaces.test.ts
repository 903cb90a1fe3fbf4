import { describe, expect, it } from 'vitest'
import { spaceSurname, syllableSplits } from './surname-spaces.ts'

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
