// Tencent's WarnCardInfos codes (HKIDCardOCR, international endpoint), by name: the one place their numbers
// are written. The local reader and the emulator answer the same codes for what they measure.

/** The card's edges are covered or cut off. */
export const WARN_COVERED = -9101
export const WARN_PHOTOCOPY = -9102
/** A photo of a screen showing the card. */
export const WARN_SCREEN = -9103
/** Signs of editing (Tencent: "PS"). */
export const WARN_TAMPERED = -9104
/** Reflection on the card. */
export const WARN_GLARE = -9107
export const WARN_BLUR = -9108
/** Not a warning about the card: the account has no warning service, so an empty list means "unknown". */
export const WARNINGS_NOT_ENABLED = -9109

/** Every warning about the card itself that Tencent can give: what "all checked" means. */
export const CARD_WARNING_CODES: readonly number[] = [
  WARN_TAMPERED,
  WARN_PHOTOCOPY,
  WARN_SCREEN,
  WARN_COVERED,
  WARN_GLARE,
  WARN_BLUR,
]

/**
 * The card warnings a recognizer did not check, given what it says it checked (undefined: it checked every one)
 * and what it found (a warning given was checked, whatever the list says).
 */
export function warningsNotChecked(
  checked: readonly number[] | undefined,
  given: readonly number[],
): number[] {
  if (!checked) return []
  return CARD_WARNING_CODES.filter((code) => !checked.includes(code) && !given.includes(code))
}

/** Each card warning by the word a record and its reader use: one list of the kinds, most serious first. */
export const warningKinds = ['tampered', 'photocopy', 'screen', 'covered', 'glare', 'blur'] as const
export type WarningKind = (typeof warningKinds)[number]
export const WARNING_KIND_CODES: Readonly<Record<WarningKind, number>> = {
  tampered: WARN_TAMPERED,
  photocopy: WARN_PHOTOCOPY,
  screen: WARN_SCREEN,
  covered: WARN_COVERED,
  glare: WARN_GLARE,
  blur: WARN_BLUR,
}

/** One card warning as a record states it: checked or not, and when checked whether it was found. */
export interface WarningCheck {
  kind: WarningKind
  code: number
  checked: boolean
  /** null when not checked: "unknown", never "not found" */
  found: boolean | null
}

/** What a recognizer said about warnings: what it gave, whether it could give any, which it checked. */
export interface WarningAnswer {
  warnings: readonly number[]
  /** false: it could check none (Tencent's domestic endpoint, −9109); absent means it could */
  warningsAvailable?: boolean | undefined
  /** absent: every card warning was checked */
  warningsChecked?: readonly number[] | undefined
}

/** Every card warning, checked or not and found or not: the one verdict review, customer and record show. */
export function warningChecks(answer: WarningAnswer): WarningCheck[] {
  const given = answer.warnings
  const notChecked =
    answer.warningsAvailable === false
      ? CARD_WARNING_CODES.filter((code) => !given.includes(code))
      : warningsNotChecked(answer.warningsChecked, given)
  return warningKinds.map((kind) => {
    const code = WARNING_KIND_CODES[kind]
    const checked = !notChecked.includes(code)
    return { kind, code, checked, found: checked ? given.includes(code) : null }
  })
}

/** True only when every card warning was checked: "no warnings" may be said only then. */
export function allWarningsChecked(checks: readonly WarningCheck[]): boolean {
  return checks.every((check) => check.checked)
}
