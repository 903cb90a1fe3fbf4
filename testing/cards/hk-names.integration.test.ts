import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { telecodeOf, telecodeTable } from './card-identity.ts'
import { GIVEN_EITHER, GIVEN_FEMALE, GIVEN_MALE, NON_CHINESE, SURNAMES } from './hk-names.ts'

const UNIHAN = '/usr/share/unicode/Unihan_OtherMappings.txt.bz2'

describe('the name tables', () => {
  const chars = [
    ...SURNAMES.flatMap((s) => Array.from(s.zh)),
    ...[...GIVEN_MALE, ...GIVEN_FEMALE, ...GIVEN_EITHER].map((s) => s.zh),
  ]

  it('use only characters with exactly one telegraph code, so the printed code is never ambiguous', () => {
    for (const char of chars) {
      expect(telecodeTable().primaryCodesOf(char), char).toHaveLength(1)
      expect(telecodeOf(char)).toMatch(/^\d{4}$/)
    }
  })

  it('refuse a character without a code (啟: Unihan codes only its variant 啓)', () => {
    expect(() => telecodeOf('啟')).toThrow(/no single telegraph code/)
  })

  // The project's table falls back to Mainland codes; HK cards print the Taiwan ones, so check against Unihan
  // itself, from Debian's unicode-data package (.ci/run installs it).
  it('use characters whose code is their Taiwan telegraph code', () => {
    expect(existsSync(UNIHAN), `${UNIHAN} is missing: apt-get install unicode-data`).toBe(true)
    const unihan = execFileSync('bzip2', ['-dc', UNIHAN], { encoding: 'utf8', maxBuffer: 1 << 28 })
    const taiwan = new Map<string, string>()
    for (const line of unihan.split('\n')) {
      const [cp, field, value] = line.split('\t')
      if (field === 'kTaiwanTelegraph' && cp && value)
        taiwan.set(String.fromCodePoint(Number.parseInt(cp.slice(2), 16)), value)
    }
    for (const char of chars) expect(taiwan.get(char), char).toBe(telecodeOf(char))
  })

  it('spell surnames in capitals and given syllables capitalised, as the card prints them', () => {
    for (const s of SURNAMES) for (const en of s.en) expect(en).toMatch(/^[A-Z]+( [A-Z]+)?$/)
    for (const s of [...GIVEN_MALE, ...GIVEN_FEMALE, ...GIVEN_EITHER]) expect(s.en).toMatch(/^[A-Z][a-z]+$/)
    for (const n of NON_CHINESE) expect(n.surname).toMatch(/^[A-Z]+( [A-Z]+)?$/)
  })

  it('include the compound and rare surnames the reader must survive', () => {
    const zh = SURNAMES.map((s) => s.zh)
    for (const name of ['歐陽', '司徒', '譚', '蔣', '鍾', '龔', '鄧', '冼', '禤']) expect(zh).toContain(name)
    expect(SURNAMES.find((s) => s.zh === '歐陽')?.en).toEqual(['AU YEUNG', 'AUYEUNG'])
  })
})
