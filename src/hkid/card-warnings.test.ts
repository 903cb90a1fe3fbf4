import { describe, expect, it } from 'vitest'
import {
  CARD_WARNING_CODES,
  WARN_BLUR,
  WARN_COVERED,
  WARN_GLARE,
  WARN_PHOTOCOPY,
  WARN_SCREEN,
  WARN_TAMPERED,
  allWarningsChecked,
  warningChecks,
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

describe('warning checks, one per card warning', () => {
  const verdicts = (answer: Parameters<typeof warningChecks>[0]) =>
    Object.fromEntries(warningChecks(answer).map((check) => [check.kind, check.found]))

  it('the local reader: what it measured is found or not, every other one is unknown (null)', () => {
    const checks = warningChecks({
      warnings: [WARN_BLUR],
      warningsChecked: [WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY],
    })
    expect(
      verdicts({ warnings: [WARN_BLUR], warningsChecked: [WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY] }),
    ).toEqual({
      tampered: null,
      photocopy: false,
      screen: null,
      covered: null,
      glare: false,
      blur: true,
    })
    expect(checks.filter((check) => !check.checked).map((check) => check.code)).toEqual([
      WARN_TAMPERED,
      WARN_SCREEN,
      WARN_COVERED,
    ])
    expect(allWarningsChecked(checks)).toBe(false)
  })

  it('Tencent with warnings: every one checked, only those given found', () => {
    const checks = warningChecks({ warnings: [WARN_SCREEN], warningsAvailable: true })
    expect(allWarningsChecked(checks)).toBe(true)
    expect(checks.filter((check) => check.found).map((check) => check.kind)).toEqual(['screen'])
  })

  it('a recognizer with no warnings to give checked none, yet a warning it did give counts as checked', () => {
    expect(allWarningsChecked(warningChecks({ warnings: [], warningsAvailable: false }))).toBe(false)
    expect(
      warningChecks({ warnings: [], warningsAvailable: false }).every((check) => check.found === null),
    ).toBe(true)
    const oneGiven = warningChecks({ warnings: [WARN_TAMPERED], warningsAvailable: false })
    expect(oneGiven.filter((check) => check.checked).map((check) => check.kind)).toEqual(['tampered'])
  })
})
