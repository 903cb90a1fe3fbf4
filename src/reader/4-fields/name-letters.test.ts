import { describe, expect, it } from 'vitest'
import { cardLine } from '#testing/reader/card-lines.ts'
import { lineText } from './line-text.ts'
import { agreeingReading, nameConfidence } from './name-letters.ts'

/** A name line read at 0.99 but for the letter at `at`, read at `p` */
function name(text: string, at: number, p: number) {
  const line = cardLine(text, 0.05, 0.3, 0.5, 0.35)
  line.chars[at]!.prob = p
  return lineText(line)
}

describe('nameConfidence', () => {
  it('takes a size-only letter in the case its place requires as the bar', () => {
    expect(nameConfidence(name('POON, Hung Kit', 1, 0.75))).toBe(0.9)
    expect(nameConfidence(name('LEE, Lok Shing', 9, 0.72))).toBe(0.9)
    expect(nameConfidence(name('CHOI, Chun Wing', 6, 0.8))).toBe(0.9)
  })

  it('keeps the score of a size-only letter under the bar set on wrong letters', () => {
    expect(nameConfidence(name('LEE, Lok Shing', 9, 0.52))).toBe(0.52)
  })

  it('keeps the score of a letter whose case is wrong for its place', () => {
    expect(nameConfidence(name('CHoI, Chun', 2, 0.75))).toBe(0.75)
    expect(nameConfidence(name('LEE, LOk', 6, 0.75))).toBe(0.75)
  })

  it('keeps the score of a letter whose capital has another shape', () => {
    expect(nameConfidence(name('YAN, Michael', 11, 0.75))).toBe(0.75)
    expect(nameConfidence(name('LAM, Yuen', 2, 0.8))).toBe(0.8)
  })

  it('knows no case without a comma: where the surname ends is a guess', () => {
    expect(nameConfidence(name('POON Hung Kit', 1, 0.75))).toBe(0.75)
  })
})

/** `name()` with the recogniser's runner-up at `at` */
function withRunnerUp(text: string, at: number, p: number, alt: string, altP: number) {
  const l = name(text, at, p)
  l.alts[at] = alt
  l.altProbs[at] = altP
  return l
}

describe('nameConfidence with the runner-up', () => {
  it('takes a weak letter whose runner-up is itself in the other case as the bar when its place fixes the case', () => {
    expect(nameConfidence(withRunnerUp('CHAN, Chun', 6, 0.56, 'c', 0.41))).toBe(0.9)
    expect(nameConfidence(withRunnerUp('LAM, Kit', 5, 0.6, 'k', 0.35))).toBe(0.9)
  })

  it('keeps the score when the runner-up is another letter, the two fall short, or the case is wrong', () => {
    expect(nameConfidence(withRunnerUp('CHAN, Chun', 6, 0.56, 'G', 0.41))).toBe(0.56)
    expect(nameConfidence(withRunnerUp('CHAN, Chun', 6, 0.56, 'c', 0.2))).toBe(0.56)
    expect(nameConfidence(withRunnerUp('CHAN, chun', 6, 0.56, 'C', 0.41))).toBe(0.56)
    expect(nameConfidence(withRunnerUp('CHAN Chun', 5, 0.56, 'c', 0.41))).toBe(0.56)
  })
})

describe('agreeingReading', () => {
  const parts = (words: string[], p: number[]) =>
    words.map((w, i) => {
      const l = cardLine(w, 0.05 + 0.1 * i, 0.3, 0.14 + 0.1 * i, 0.35)
      l.chars.forEach((c, k) => (c.prob = p[i] === undefined || k > 0 ? 0.99 : p[i]!))
      return lineText(l)
    })

  it('takes each letter as sure as the surer of two readings that agree letter for letter', () => {
    const whole = name('CHAN, Tai Man', 6, 0.6)
    const agreed = agreeingReading(whole, parts(['CHAN,', 'Tai', 'Man'], []))
    expect(agreed && nameConfidence(agreed)).toBeCloseTo(0.99)
  })

  it('keeps a letter weak in both readings weak', () => {
    const whole = name('CHAN, Tai Man', 6, 0.6)
    expect(nameConfidence(agreeingReading(whole, parts(['CHAN,', 'Tai', 'Man'], [0.99, 0.7]))!)).toBe(0.7)
  })

  it('is no evidence when the readings differ in a letter, its case, or a word', () => {
    const whole = name('CHAN, Tai Man', 6, 0.6)
    expect(agreeingReading(whole, parts(['CHAN,', 'Tal', 'Man'], []))).toBeNull()
    expect(agreeingReading(whole, parts(['ChAN,', 'Tai', 'Man'], []))).toBeNull()
    expect(agreeingReading(whole, parts(['CHAN,', 'Tai'], []))).toBeNull()
    expect(agreeingReading(name('CHAN, Tai', 6, 0.6), parts(['CHAN,', 'Tai', 'Man'], []))).toBeNull()
  })
})
