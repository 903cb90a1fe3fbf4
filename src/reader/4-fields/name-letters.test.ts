import { describe, expect, it } from 'vitest'
import { cardLine } from '#testing/reader/card-lines.ts'
import { lineText } from './line-text.ts'
import { nameConfidence } from './name-letters.ts'

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
