// The synthetic cardholders must be valid HKIDs by every rule the product checks, or a reader scored against
// them would be scored against wrong answers.
import { describe, expect, it } from 'vitest'
import { checkCard } from '#src/hkid/check-card.ts'
import { isValidHkid } from '#src/hkid/hkid-number.ts'
import { telecodeData } from '#src/hkid/telecode-data/telecodes.ts'
import { normalizeHkidOcr } from '#src/hkid/normalize-card.ts'
import { GIVEN_EITHER, GIVEN_FEMALE, GIVEN_MALE } from './hk-names.ts'
import { makeIdentity, REFERENCE_DATE, telecodeTable } from './card-identity.ts'
import { printedCardSchema } from './printed-card.ts'

const identities = Array.from({ length: 600 }, (_, i) => makeIdentity(i))
const cards = identities.map((identity) => identity.card)
const segments = telecodeData.codes.split(',')
const iso = (dmy: string, century = '') => {
  const [d, m, y] = dmy.split('-')
  return `${century}${y}-${m}-${d}`
}

describe('makeIdentity', () => {
  it('is deterministic per seed and varies between seeds', () => {
    expect(makeIdentity(7)).toEqual(makeIdentity(7))
    expect(new Set(cards.map((c) => c.IdNum)).size).toBeGreaterThan(595)
  })

  it('prints fields in the shape HKIDCardOCR answers', () => {
    for (const card of cards) expect(printedCardSchema.parse(card)).toEqual(card)
  })

  it('passes every card check the product runs (check digit, dates, symbols, telecodes, window)', () => {
    const today = new Date(`${REFERENCE_DATE}T12:00:00+08:00`)
    for (const card of cards) {
      const fields = normalizeHkidOcr({ ...card, RequestId: 'bank' }).card
      // A valid HKID-2003 card is still one Hong Kong has invalidated: that warning is the only finding.
      const expected = card.HKIDVersion === 'HKID-2003' ? ['OLD_CARD_INVALID'] : []
      const found = checkCard(fields, { today, telecodes: telecodeTable() }).findings.map((f) => f.code)
      expect(found, JSON.stringify(card)).toEqual(expected)
      expect(isValidHkid(card.IdNum)).toBe(true)
    }
  })

  it('prints telecodes that decode back to the Chinese name, one four-digit Taiwan code per character', () => {
    for (const card of cards) {
      const chars = Array.from(card.CnName)
      const codes = card.TelexCode === '' ? [] : card.TelexCode.split(' ')
      expect(codes).toHaveLength(chars.length)
      codes.forEach((code, i) => {
        expect(segments[Number(code)], `${code} → ${chars[i]}`).toContain(chars[i])
        expect(telecodeTable().primaryCodesOf(chars[i]!)).toEqual([code])
      })
    }
  })

  it('romanises each given-name character with its own syllable', () => {
    const syllable = new Map(
      [...GIVEN_MALE, ...GIVEN_FEMALE, ...GIVEN_EITHER].map((s) => [s.zh, s.en] as const),
    )
    for (const { card, traits } of identities.filter((i) => i.traits.chineseName)) {
      const surnameLength = (traits.compoundSurname ? 2 : 1) + (traits.doubleSurname ? 1 : 0)
      const given = Array.from(card.CnName).slice(surnameLength)
      const words = card.EnName.split(', ')[1]!.split(' ')
      expect(words.slice(0, given.length), card.EnName).toEqual(given.map((c) => syllable.get(c)))
      expect(words.length - given.length).toBe(traits.westernGivenName ? 1 : 0)
    }
  })

  it('dates each card within its generation and the holder old enough to hold it', () => {
    for (const { card, traits } of identities) {
      const current = iso(card.CurrentIssueDate, '20')
      if (card.HKIDVersion === 'HKID-2003') {
        expect(current >= '2003-06-23' && current <= '2018-11-25', current).toBe(true)
        expect(card.WindowEmbeddedText).toBe('')
      } else {
        expect(current >= '2018-11-26' && current <= REFERENCE_DATE, current).toBe(true)
        expect(card.WindowEmbeddedText).toBe(card.IdNum.replace(/\(.\)$/, ''))
      }
      expect(traits.ageAtIssue).toBeGreaterThanOrEqual(11)
      if (card.Symbol.startsWith('***')) expect(traits.ageAtIssue).toBeGreaterThanOrEqual(18)
      expect(card.Symbol.includes('A')).toBe(card.Permanent === 1)
    }
  })

  it('covers the variety the banks promise', () => {
    const names = cards.map((c) => c.CnName)
    const lengths = new Set(names.filter(Boolean).map((n) => Array.from(n).length))
    expect([...lengths].sort()).toEqual([2, 3, 4])
    for (const surname of ['歐陽', '司徒', '譚', '蔣', '鍾', '龔', '鄧', '冼', '禤'])
      expect(
        names.some((n) => n.startsWith(surname)),
        surname,
      ).toBe(true)
    for (const spelling of ['AU YEUNG,', 'AUYEUNG,', 'SZETO,', 'TAM,', 'KUNG,', 'HUEN,'])
      expect(
        cards.some((c) => c.EnName.startsWith(spelling)),
        spelling,
      ).toBe(true)
    expect(cards.some((c) => c.CnName === '' && c.TelexCode === '')).toBe(true)
    expect(identities.some((i) => i.traits.doubleSurname)).toBe(true)
    expect(new Set(identities.map((i) => i.traits.prefixLength))).toEqual(new Set([1, 2]))
    expect(cards.some((c) => c.IdNum.endsWith('(A)'))).toBe(true)
    expect(new Set(cards.map((c) => c.Sex))).toEqual(new Set(['男M', '女F']))
    expect(new Set(cards.map((c) => c.HKIDVersion))).toEqual(new Set(['HKID-2018', 'HKID-2003']))
    const decades = new Set(cards.map((c) => c.Birthday.slice(6, 9)))
    for (const decade of ['193', '194', '195', '196', '197', '198', '199', '200'])
      expect(decades).toContain(decade)
    const symbols = new Set(cards.map((c) => c.Symbol))
    for (const symbol of ['***AZ', '***AO', '***AX', '***AW', 'AZ', 'AO', 'RZ', 'CO', 'UZ', '*AZ'])
      expect(symbols).toContain(symbol)
  })
})
