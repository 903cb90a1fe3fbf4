// Cross-field checks that need no tables: the HKID-2018 window text against the ID number, and the sex field.
import { finding, type Finding } from './finding.ts'
import { parseHkid } from './hkid-number.ts'
import type { CardFields } from './recognize-contract.ts'

/** Upper-case, full-width folded, without spaces or brackets: the form in which two readings are compared. */
function compactId(text: string): string {
  return text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s()]/g, '')
}

/**
 * The transparent window of an HKID-2018 card repeats the ID number. Tencent's WindowEmbeddedText has been
 * seen both with and without the check digit, so both are accepted. Skipped on HKID-2003 cards (no window) and
 * when nothing was read; an unknown version with window text is still checked, since only 2018 cards have one.
 */
export function checkWindowText(
  card: Pick<CardFields, 'idNum' | 'windowEmbeddedText' | 'hkidVersion'>,
): Finding[] {
  const window = compactId(card.windowEmbeddedText)
  if (window === '' || card.hkidVersion.includes('2003')) return []
  const parsed = parseHkid(card.idNum)
  const full = parsed ? parsed.prefix + parsed.digits + parsed.check : compactId(card.idNum)
  // Without a parse the check digit's position is a guess: the last character.
  const withoutCheck = parsed ? parsed.prefix + parsed.digits : full.slice(0, -1)
  if (full !== '' && (window === full || window === withoutCheck)) return []
  return [
    finding('WINDOW_MISMATCH', 'windowEmbeddedText', { window: card.windowEmbeddedText, idNum: card.idNum }),
  ]
}

const MALE_WORDS = new Set(['M', 'MALE'])
const FEMALE_WORDS = new Set(['F', 'FEMALE'])

/**
 * '男M', '女F', 'Male', 'female', 'M', '男'… → 'M' | 'F'. The card prints both the Chinese and the letter, so
 * either is enough, but when they disagree (a misread) neither is trusted and the result is null.
 */
export function normalizeSex(raw: string): 'M' | 'F' | null {
  const text = raw
    .normalize('NFKC')
    .replace(/[\s/|,.:;-]+/g, '')
    .toUpperCase()
  if (text === '') return null
  const chinese = text.replace(/[^男女]/g, '')
  const latin = text.replace(/[男女]/g, '')
  const fromChinese = chinese === '男' ? 'M' : chinese === '女' ? 'F' : chinese === '' ? undefined : null
  const fromLatin = MALE_WORDS.has(latin)
    ? 'M'
    : FEMALE_WORDS.has(latin)
      ? 'F'
      : latin === ''
        ? undefined
        : null
  if (fromChinese === null || fromLatin === null) return null
  if (fromChinese && fromLatin && fromChinese !== fromLatin) return null
  return fromChinese ?? fromLatin ?? null
}

/** SEX_INVALID when the (already normalised) sex is missing. */
export function checkSex(sex: CardFields['sex']): Finding[] {
  return sex === null ? [finding('SEX_INVALID', 'sex')] : []
}
