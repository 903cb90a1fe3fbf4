// `SURNAME, Given Names` as the card prints it. The recogniser keeps the surname's spaces (AU YEUNG, CHAN LEE)
// but sometimes runs given names together (ChiKa) or loses the space after the comma; given names are Hong Kong
// romanised syllables or Western names, each capitalised, so a run is cut where a capital follows a small
// letter — but only into pieces that can be syllables (TsZ is one misread "Tsz", not "Ts Z").

const SYLLABLE = /^(?:ng|m|[a-z]*[aeiouy][a-z]*|[a-z]*sz)$/i

function titleCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

/** One run of letters cut at its inner capitals when every piece could be a syllable or name. */
export function splitGivenRun(run: string): string[] {
  const pieces = run.split(/(?<=[a-z])(?=[A-Z])/)
  if (pieces.length > 1 && pieces.every((p) => SYLLABLE.test(p))) return pieces.map(titleCase)
  return [titleCase(run)]
}

export interface EnglishName {
  surname: string
  given: string
  /** `SURNAME, Given Names` */
  value: string
  /** A letter of the surname was taken for another (a small l for I): to be checked, never sure */
  corrected: boolean
  /** No comma was read: where the surname ends is a guess, to be checked */
  commaGuessed: boolean
}

/** A surname is all capitals, so a small l among them is an I the recogniser saw as l (WAl, LlU). */
function capitalI(text: string): string {
  const comma = text.search(/[,.]/)
  const head = comma < 0 ? text : text.slice(0, comma)
  if (!/l/.test(head) || /[a-km-z]/.test(head)) return text
  return head.replace(/l/g, 'I') + text.slice(head.length)
}

/** Reads `SURNAME, Given Names` out of a recognised line; null when it does not look like one. */
export function parseEnglishName(text: string): EnglishName | null {
  const kept = text
    .normalize('NFKC')
    .replace(/[^A-Za-z ,.'-]/g, '')
    .trim()
  const cleaned = capitalI(kept)
  // the comma is sometimes read as a full stop
  const comma = /^([A-Z][A-Z' -]*?[A-Z])\s*[,.]\s*([A-Za-z][A-Za-z' -]*)$/.exec(cleaned)
  let surname: string
  let rest: string
  if (comma) {
    surname = comma[1]!
    rest = comma[2]!
  } else {
    // no comma: the surname is the leading capitals but the one that starts the first given name, or the
    // capital words before the first capitalised one when the row's words came apart (`LAM Yat Long`)
    const run =
      /^([A-Z][A-Z ]*[A-Z])([A-Z][a-z].*)$/.exec(cleaned) ??
      /^([A-Z][A-Z ]*?[A-Z])\s+([A-Z][a-z].*)$/.exec(cleaned)
    if (!run) return null
    surname = run[1]!.trim()
    rest = run[2]!
  }
  surname = surname.replace(/\s+/g, ' ').toUpperCase()
  const given = rest
    .split(/[\s.]+/)
    .filter(Boolean)
    .flatMap(splitGivenRun)
    .join(' ')
  if (!given || !/^[A-Z][A-Z' -]*$/.test(surname)) return null
  return {
    surname,
    given,
    value: `${surname}, ${given}`,
    corrected: cleaned !== kept,
    commaGuessed: !comma,
  }
}
