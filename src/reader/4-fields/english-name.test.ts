import { describe, expect, it } from 'vitest'
import { parseEnglishName, splitGivenRun } from './english-name.ts'

describe('parseEnglishName', () => {
  it.each([
    ['CHAN,TaiMan', 'CHAN, Tai Man'],
    ['AU YEUNG,ChiKa', 'AU YEUNG, Chi Ka'],
    ['AUYEUNG, Lin Fung', 'AUYEUNG, Lin Fung'],
    ['CHUNG CHAN,Fong Ha', 'CHUNG CHAN, Fong Ha'],
    ['LAM. Pik Nga Gigi', 'LAM, Pik Nga Gigi'],
    ['CHAN,TsZ', 'CHAN, Tsz'],
    ['DELA CRUZ, Maria Luisa', 'DELA CRUZ, Maria Luisa'],
    ['CHANTaiMan', 'CHAN, Tai Man'],
  ])('reads %j as %j', (text, name) => {
    expect(parseEnglishName(text)?.value).toBe(name)
  })

  it('takes a small l among the capitals of a surname for an I, and says it corrected it', () => {
    expect(parseEnglishName('WAl, Kwok Yiu')).toMatchObject({ value: 'WAI, Kwok Yiu', corrected: true })
    expect(parseEnglishName('LAl,Lai Kam')).toMatchObject({ value: 'LAI, Lai Kam', corrected: true })
    expect(parseEnglishName('WAI, Kwok Lin')).toMatchObject({ value: 'WAI, Kwok Lin', corrected: false })
  })

  it.each(['HONG KONG PERMANENT IDENTITY CARD', '24-11-1963', '陈大文', ''])(
    'finds no name in %j',
    (text) => {
      expect(parseEnglishName(text)).toBeNull()
    },
  )
})

describe('splitGivenRun', () => {
  it('cuts a run of syllables only where every piece can be one', () => {
    expect(splitGivenRun('SiuWing')).toEqual(['Siu', 'Wing'])
    expect(splitGivenRun('NgaGigi')).toEqual(['Nga', 'Gigi'])
    expect(splitGivenRun('TsZ')).toEqual(['Tsz'])
  })
})
