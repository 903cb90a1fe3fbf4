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
