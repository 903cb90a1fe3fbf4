import { describe, expect, it } from 'vitest'
import {
  CARD_WARNING_CODES,
  WARN_BLUR,
  WARN_COVERED,
  WARN_GLARE,
  WARN_PHOTOCOPY,
  WARN_SCREEN,
  WARN_TAMPERED,
  warningsNotChecked,
} from './card-warnings.ts'

describe('warnings not checked', () => {
  it('is every card warning the recognizer did not check, most serious first', () => {
    expect(warningsNotChecked([WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY], [])).toEqual([
      WARN_TAMPERED,
      WARN_SCREEN,
      WARN_COVERED,
    ])
    expect(warningsNotChecked([], [])).toEqual(CARD_WARNING_CODES)
  })

  it('is nothing for a recognizer that checks them all (no list), or one that lists them all', () => {
    expect(warningsNotChecked(undefined, [])).toEqual([])
    expect(warningsNotChecked(CARD_WARNING_CODES, [])).toEqual([])
  })

  it('never calls a warning that was given "not checked"', () => {
    expect(warningsNotChecked([WARN_BLUR], [WARN_SCREEN, WARN_TAMPERED])).toEqual([
      WARN_PHOTOCOPY,
      WARN_COVERED,
      WARN_GLARE,
    ])
  })
})
