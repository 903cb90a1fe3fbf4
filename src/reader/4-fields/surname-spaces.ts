// Spaces inside a surname (AU YEUNG, CHAN LEE, SZE TO) are easy to lose, and a wrong guess is a wrong name:
// AUYEUNG and AU YEUNG are both printed. A run of capitals that splits into two or more Cantonese syllables
// is ambiguous; the recogniser's own timing then decides — a space shows as a wider step between the letters'
// positions in its output — and only a clear step, or a clear absence of one, is trusted.
import type { ReadCharacter } from '../3-text/text-recognition.ts'
import type { LineText } from './line-text.ts'

const INITIAL = '(?:B|CH|D|F|G|H|J|K|KW|L|M|N|NG|P|S|SH|SZ|T|TS|W|Y)'
const FINAL =
  '(?:A|AI|AK|AM|AN|ANG|AP|AT|AU|AW|E|EE|EI|EK|ENG|EUK|EUNG|I|IK|IM|IN|ING|IP|IT|IU|O|OI|OK|ON|ONG|OO|OOK|OON|OOT|OU|OW|U|UE|UEN|UET|UI|UK|UM|UN|UNG|UP|UT|YU)'
const FIRST = new RegExp(`^${INITIAL}?${FINAL}$`)
/** Later syllables of a run start with a consonant: CHE|UNG is one name, CHEUNG */
const LATER = new RegExp(`^${INITIAL}${FINAL}$`)

/** Ways to cut a run of capitals into syllables (each piece ≥ 2 letters); [] when it is one syllable or none. */
export function syllableSplits(run: string): number[] {
  const cuts: number[] = []
  for (let i = 2; i <= run.length - 2; i++) {
    if (FIRST.test(run.slice(0, i)) && LATER.test(run.slice(i))) cuts.push(i)
  }
  return cuts
}

export interface SpacedSurname {
  surname: string
  /** False when a space was guessed or doubted rather than seen */
  sure: boolean
}

/** A space is a step this much wider than the line's usual letter pitch */
const SPACE_STEP = 1.45
const NO_SPACE_STEP = 1.2

/**
 * The surname's runs of capitals, spaced where the recogniser's timing shows a gap. `letters` are the read
 * characters of the surname in order (spaces included as read); `pitch` is the line's median step between
 * neighbouring letters.
 */
export function spaceSurname(letters: readonly ReadCharacter[], pitch: number): SpacedSurname {
  const centre = (c: ReadCharacter) => (c.start + c.end) / 2
  const words: ReadCharacter[][] = [[]]
  for (const c of letters) {
    if (c.char === ' ') words.push([])
    else words[words.length - 1]!.push(c)
  }
  let sure = true
  const out: string[] = []
  for (const word of words.filter((w) => w.length)) {
    const run = word.map((c) => c.char).join('')
    const cuts = syllableSplits(run)
    if (cuts.length === 0 || pitch <= 0) {
      out.push(run)
      // with no timing to go on (a pitch from too few letters, a line that shows no space) an ambiguous run is
      // never sure
      if (cuts.length > 0) sure = false
      continue
    }
    const steps = cuts.map((i) => (centre(word[i]!) - centre(word[i - 1]!)) / pitch)
    const widest = Math.max(...steps)
    const at = cuts[steps.indexOf(widest)]!
    if (widest >= SPACE_STEP) out.push(run.slice(0, at), run.slice(at))
    else out.push(run)
    if (widest > NO_SPACE_STEP && widest < SPACE_STEP) sure = false
  }
  return { surname: out.join(' '), sure }
}

/**
 * Whether a line's timing shows the space the card prints after the comma (a full empty cell): read as a space,
 * or a clear step. A line that ran even that space together (a blurred card, `CHEUNGLO.HaHiu`) shows no spaces,
 * and the absence of one inside the surname is then no evidence.
 */
export function spaceShownAfterComma(chars: readonly ReadCharacter[], comma: number, pitch: number): boolean {
  const next = chars[comma + 1]
  if (!next) return false
  if (next.char === ' ') return true
  const centre = (c: ReadCharacter) => (c.start + c.end) / 2
  return pitch > 0 && (centre(next) - centre(chars[comma]!)) / pitch >= SPACE_STEP
}

/**
 * The surname's words as the detector boxed them: the card prints a full empty cell between words, and DB parts
 * its boxes there, so where the surname's letters part between two boxes a space was seen (`CHEUNG` `LEUNG,`),
 * whatever the whole row's reading ran together. Null when the boxes do not hold the surname's letters in order
 * before a comma, or a piece could not be a name of its own (a box broken inside a word: `CHE` `UNG,`).
 */
export function surnameFromBoxes(boxTexts: readonly string[], surname: string): string | null {
  const words: string[] = []
  let comma = false
  for (const text of boxTexts) {
    const at = text.search(/[,.，]/)
    const head = at < 0 ? text : text.slice(0, at)
    words.push(...head.split(/\s+/).flatMap((w) => w.replace(/[^A-Za-z]/g, '').toUpperCase() || []))
    if ((comma = at >= 0)) break
  }
  const joined = words.join('')
  if (!comma || words.length < 2 || joined !== surname.replace(/ /g, '')) return null
  if (words.some((w) => w.length < 2)) return null
  // a Cantonese surname is parted only between its syllables; any other (DELA CRUZ) where the boxes part
  const cantonese = syllableSplits(joined).length > 0
  if (cantonese && !words.every((w, i) => (i === 0 ? FIRST : LATER).test(w))) return null
  return words.join(' ')
}

/** The surname (before the comma) spaced by the recogniser's timing; null when the line has no comma. */
export function surnameFromTiming(l: LineText): SpacedSurname | null {
  const chars = l.line.chars
  const comma = chars.findIndex((c) => c.char === ',' || c.char === '.')
  if (comma < 1) return null
  const centre = (i: number) => (chars[i]!.start + chars[i]!.end) / 2
  const steps: number[] = []
  for (let i = 1; i < chars.length; i++) {
    if (/[A-Za-z]/.test(chars[i]!.char) && /[A-Za-z]/.test(chars[i - 1]!.char))
      steps.push(centre(i) - centre(i - 1))
  }
  steps.sort((a, b) => a - b)
  const pitch = steps.length >= 4 ? steps[steps.length >> 1]! : 0
  const letters = chars.slice(0, comma).filter((c) => /[A-Z ]/.test(c.char))
  return spaceSurname(letters, spaceShownAfterComma(chars, comma, pitch) ? pitch : 0)
}
