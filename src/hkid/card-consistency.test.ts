import { describe, expect, it } from 'vitest'
import { checkSex, checkWindowText, normalizeSex } from './card-consistency.ts'

const card = (idNum: string, windowEmbeddedText: string, hkidVersion = 'HKID-2018') => ({
  idNum,
  windowEmbeddedText,
  hkidVersion,
})

describe('checkWindowText', () => {
  it.each([
    ['A123456(3)', 'A123456'],
    ['A123456(3)', 'A1234563'],
    ['A123456(3)', 'A123456(3)'],
    ['A123456(3)', 'a123456 (3)'],
    ['AB987654(3)', 'AB987654'],
    ['a1234563', 'A123456'],
    ['G123456(A)', 'G123456A'],
  ])('%s matches window %j', (idNum, window) => {
    expect(checkWindowText(card(idNum, window))).toEqual([])
  })

  it('warns when the window shows another number', () => {
    expect(checkWindowText(card('A123456(3)', 'A123457'))).toEqual([
      {
        code: 'WINDOW_MISMATCH',
        severity: 'warning',
        field: 'windowEmbeddedText',
        params: { window: 'A123457', idNum: 'A123456(3)' },
      },
    ])
    expect(checkWindowText(card('A123456(3)', 'A1234564'))[0]?.code).toBe('WINDOW_MISMATCH')
    expect(checkWindowText(card('A123456(3)', 'A12345'))[0]?.code).toBe('WINDOW_MISMATCH')
    expect(checkWindowText(card('AB987654(3)', 'B987654'))[0]?.code).toBe('WINDOW_MISMATCH')
  })

  it('compares raw text when the ID number does not parse', () => {
    expect(checkWindowText(card('A12345(6)', 'A12345'))).toEqual([])
    expect(checkWindowText(card('A12345(6)', 'A123456'))).toEqual([])
    expect(checkWindowText(card('A12345(6)', 'B12345'))[0]?.code).toBe('WINDOW_MISMATCH')
    expect(checkWindowText(card('', 'A123456'))[0]?.code).toBe('WINDOW_MISMATCH')
  })

  it('is skipped on HKID-2003 cards and when the window text is empty', () => {
    expect(checkWindowText(card('A123456(3)', 'Z999999', 'HKID-2003'))).toEqual([])
    expect(checkWindowText(card('A123456(3)', ''))).toEqual([])
    expect(checkWindowText(card('A123456(3)', '   '))).toEqual([])
  })

  it('still checks when the version is unknown but a window was read', () => {
    expect(checkWindowText(card('A123456(3)', 'Z999999', ''))[0]?.code).toBe('WINDOW_MISMATCH')
  })
})

describe('normalizeSex', () => {
  it.each([
    ['男M', 'M'],
    ['女F', 'F'],
    ['男 M', 'M'],
    ['男/M', 'M'],
    ['Male', 'M'],
    ['MALE', 'M'],
    ['female', 'F'],
    ['Female', 'F'],
    ['M', 'M'],
    ['f', 'F'],
    ['男', 'M'],
    ['女', 'F'],
    ['Ｍ', 'M'],
    [' F ', 'F'],
  ])('%j → %s', (raw, sex) => {
    expect(normalizeSex(raw)).toBe(sex)
  })

  it.each(['', '  ', 'X', '男F', '女M', '男女', 'MF', 'Mal', 'FEMALEM', 'Femalee', '1'])(
    '%j → null',
    (raw) => {
      expect(normalizeSex(raw)).toBeNull()
    },
  )
})

describe('checkSex', () => {
  it('flags only a missing sex', () => {
    expect(checkSex('M')).toEqual([])
    expect(checkSex('F')).toEqual([])
    expect(checkSex(null)).toEqual([{ code: 'SEX_INVALID', severity: 'error', field: 'sex', params: {} }])
  })
})
