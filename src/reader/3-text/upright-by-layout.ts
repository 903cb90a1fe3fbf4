// The layout answers which way up a card was read: both generations (and our drawings) print the HKID number in
// the card's lower half, and print read upside down never parses as a number. A number read there means the
// card was read the right way up, so reading it once more turned round cannot find more.
import type { Quad } from '../geometry.ts'

/** The number is printed below this share of the card's height on every design */
const NUMBER_BELOW = 0.5

const compact = (text: string) => text.replace(/[^0-9A-Z]/gi, '').toUpperCase()

/** True when a line holding the number's letters and digits lies in the card's lower half. */
export function numberPrintedUpright(lines: readonly { text: string; box: Quad }[], idNum: string): boolean {
  // the letters and six digits; the check character (in brackets or not) may be read apart
  const core = compact(idNum.replace(/\(.*$/, ''))
  if (!/^[A-Z]{1,2}\d{6}$/.test(core)) return false
  return lines.some((l) => {
    const centreY = (l.box[0][1] + l.box[1][1] + l.box[2][1] + l.box[3][1]) / 4
    return centreY > NUMBER_BELOW && compact(l.text).includes(core)
  })
}
