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
