// Seeded synthetic cardholders: every field an HKID prints, consistent with itself (check digit, telecodes,
// age at issue, card generation, permanent ⇔ symbol A). Ground truth for the reader's bank and the meter's.
import { checkDigit } from '#src/hkid/hkid-number.ts'
import { telecodeData } from '#src/hkid/telecode-data/telecodes.ts'
import { createTelecodeTable, type TelecodeTable } from '#src/hkid/telecode-table.ts'
import type { HkidVersion, PrintedCard } from './printed-card.ts'
import {
  GIVEN_EITHER,
  GIVEN_FEMALE,
  GIVEN_MALE,
  NON_CHINESE,
  SURNAMES,
  WESTERN_FEMALE,
  WESTERN_MALE,
  type Syllable,
} from './hk-names.ts'
import { seededRandom, type Random } from './seeded-random.ts'

/** The banks' "today": issue dates never pass it, so a bank's cards stay valid whenever it is regenerated. */
export const REFERENCE_DATE = '2026-06-30'

const HKID_2003_FROM = '2003-06-23'
const HKID_2018_FROM = '2018-11-26'
const SINGLE_PREFIXES = 'A B C D E G H K M P R S V W Y Z'.split(' ')
const DOUBLE_PREFIXES = 'XA XB XC XD XE XG XH WX'.split(' ')

/** What kind of holder a card shows, for reporting accuracy by kind. */
export interface HolderTraits {
  chineseName: boolean
  /** 歐陽, 司徒…: two-character surname */
  compoundSurname: boolean
  /** A married woman's name with both surnames, e.g. 陳李美玲 / CHAN LEE, Mei Ling */
  doubleSurname: boolean
  westernGivenName: boolean
  prefixLength: 1 | 2
  ageAtIssue: number
}

export interface Identity {
  card: PrintedCard
  traits: HolderTraits
}

let table: TelecodeTable | undefined
export function telecodeTable(): TelecodeTable {
  table ??= createTelecodeTable(telecodeData)
  return table
}

/** The Taiwan telegraph code of one character, as HK cards print it. */
export function telecodeOf(char: string): string {
  const codes = telecodeTable().primaryCodesOf(char)
  if (codes.length !== 1) throw new Error(`no single telegraph code for ${char}`)
  return codes[0]!
}

const DAY = 86_400_000
const toDays = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY
const fromDays = (days: number) => new Date(days * DAY).toISOString().slice(0, 10)
const addYears = (iso: string, years: number) =>
  `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`.replace(/-02-29$/, '-02-28')
const between = (r: Random, from: string, to: string) => fromDays(r.int(toDays(from), toDays(to)))
const later = (a: string, b: string) => (a > b ? a : b)

function givenSyllables(r: Random, male: boolean): Syllable[] {
  const pool = [...(male ? GIVEN_MALE : GIVEN_FEMALE), ...GIVEN_EITHER]
  const count = r.chance(0.15) ? 1 : 2
  const picked: Syllable[] = []
  while (picked.length < count) {
    const s = r.pick(pool)
    if (!picked.some((p) => p.zh === s.zh)) picked.push(s)
  }
  return picked
}

function holderName(r: Random, male: boolean, born: string) {
  if (r.chance(0.1)) {
    const n = r.pick(NON_CHINESE)
    return {
      cn: '',
      en: `${n.surname}, ${r.pick(male ? n.male : n.female)}`,
      compound: false,
      double: false,
      western: false,
    }
  }
  const surname = r.weighted(SURNAMES.map((s) => [s, s.weight] as const))
  const given = givenSyllables(r, male)
  const givenEn = given.map((s) => s.en).join(' ')
  // Older married women may carry the husband's surname before their own.
  const double = !male && born < '1966' && surname.zh.length === 1 && r.chance(0.25)
  const husband = double
    ? r.weighted(SURNAMES.filter((s) => s.zh.length === 1).map((s) => [s, s.weight] as const))
    : null
  const western = r.chance(0.15)
  const westernName = western ? ` ${r.pick(male ? WESTERN_MALE : WESTERN_FEMALE)}` : ''
  const surnameEn = r.pick(surname.en)
  return {
    cn: `${husband?.zh ?? ''}${surname.zh}${given.map((s) => s.zh).join('')}`,
    en: `${husband ? `${husband.en[0]} ` : ''}${surnameEn}, ${givenEn}${westernName}`,
    compound: surname.zh.length === 2,
    double,
    western,
  }
}

function idNumber(r: Random): { id: string; window: string; prefixLength: 1 | 2 } {
  const prefix = r.chance(0.12) ? r.pick(DOUBLE_PREFIXES) : r.pick(SINGLE_PREFIXES)
  const digits = Array.from({ length: 6 }, () => r.int(0, 9)).join('')
  return {
    id: `${prefix}${digits}(${checkDigit(prefix, digits)})`,
    window: `${prefix}${digits}`,
    prefixLength: prefix.length as 1 | 2,
  }
}

// Every smart card states the holder's reported place of birth (Z, X, W, O), and a non-permanent one the
// status to stay (R, C, U): the Immigration Department's list of symbols, as the review checks it.
function symbols(r: Random, permanent: boolean, ageAtIssue: number): string {
  const birthplace = () =>
    r.weighted([
      ['Z', 60],
      ['X', 22],
      ['O', 14],
      ['W', 4],
    ] as const)
  if (!permanent) return `${r.pick(['R', 'R', 'C', 'C', 'U'])}${birthplace()}`
  const stars = ageAtIssue >= 18 ? (r.chance(0.8) ? '***' : '') : r.chance(0.6) ? '*' : ''
  return `${stars}A${birthplace()}`
}

const dmy = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`

/** One synthetic cardholder and their card; the same seed always gives the same card. */
export function makeIdentity(seed: number | string): Identity {
  const r = seededRandom(typeof seed === 'string' ? seed : `identity:${seed}`)
  const male = r.chance(0.5)
  const born = between(r, '1930-01-01', '2010-12-31')
  const adultFrom = addYears(born, 11)
  // A 2003 card only if the holder was old enough to hold one before the 2018 card replaced it.
  const can2003 = adultFrom < '2018-11-25'
  const version: HkidVersion = can2003 && r.chance(0.3) ? 'HKID-2003' : 'HKID-2018'
  const current =
    version === 'HKID-2003'
      ? between(r, later(HKID_2003_FROM, adultFrom), '2018-11-25')
      : between(r, later(HKID_2018_FROM, adultFrom), REFERENCE_DATE)
  const ageAtIssue =
    Number(current.slice(0, 4)) - Number(born.slice(0, 4)) - (current.slice(5) < born.slice(5) ? 1 : 0)
  // First registration: at 11, at 18, or on arrival later in life; never before 1949's registration.
  const firstAge = r.weighted([
    [11, 45],
    [18, 25],
    [r.int(11, Math.max(11, ageAtIssue)), 30],
  ] as const)
  const first = [later(addYears(born, firstAge), '1949-06-01'), current].sort()[0]!
  const permanent = r.chance(0.85)
  const name = holderName(r, male, born)
  const id = idNumber(r)
  const card: PrintedCard = {
    CnName: name.cn,
    EnName: name.en,
    TelexCode: Array.from(name.cn, telecodeOf).join(' '),
    Sex: male ? '男M' : '女F',
    Birthday: dmy(born),
    Permanent: permanent ? 1 : 0,
    IdNum: id.id,
    Symbol: symbols(r, permanent, ageAtIssue),
    FirstIssueDate: `(${first.slice(5, 7)}-${first.slice(2, 4)})`,
    CurrentIssueDate: `${current.slice(8, 10)}-${current.slice(5, 7)}-${current.slice(2, 4)}`,
    WindowEmbeddedText: version === 'HKID-2018' ? id.window : '',
    HKIDVersion: version,
  }
  return {
    card,
    traits: {
      chineseName: name.cn !== '',
      compoundSurname: name.compound,
      doubleSurname: name.double,
      westernGivenName: name.western,
      prefixLength: id.prefixLength,
      ageAtIssue,
    },
  }
}
