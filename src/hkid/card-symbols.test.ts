import { describe, expect, it } from 'vitest'
import { checkPermanentSymbol, decodeSymbols, symbolChipCodes } from './card-symbols.ts'

const codes = (symbol: string) => decodeSymbols(symbol).chips.map((chip) => chip.code)

describe('decodeSymbols', () => {
  it.each([
    ['***AZ', ['AGE_18_REENTRY', 'RIGHT_OF_ABODE', 'BORN_HONG_KONG']],
    ['AZ', ['RIGHT_OF_ABODE', 'BORN_HONG_KONG']],
    ['***CZ', ['AGE_18_REENTRY', 'STAY_LIMITED', 'BORN_HONG_KONG']],
    ['*AX', ['AGE_11_17_REENTRY', 'RIGHT_OF_ABODE', 'BORN_MAINLAND']],
    ['RO', ['RIGHT_TO_LAND', 'BORN_ELSEWHERE']],
    ['CW', ['STAY_LIMITED', 'BORN_MACAO']],
    ['UO', ['STAY_NOT_LIMITED', 'BORN_ELSEWHERE']],
    [
      '***AZBN',
      ['AGE_18_REENTRY', 'RIGHT_OF_ABODE', 'BORN_HONG_KONG', 'BIRTH_DETAILS_CHANGED', 'NAME_CHANGED'],
    ],
    ['', []],
  ])('%j', (symbol, expected) => {
    expect(codes(symbol)).toEqual(expected)
    expect(decodeSymbols(symbol).findings).toEqual([])
  })

  it('ignores case and whitespace, keeps the card order and tokens', () => {
    expect(decodeSymbols(' *** a z ').chips).toEqual([
      { code: 'AGE_18_REENTRY', token: '***', params: {} },
      { code: 'RIGHT_OF_ABODE', token: 'A', params: {} },
      { code: 'BORN_HONG_KONG', token: 'Z', params: {} },
    ])
    expect(codes('＊＊＊ＡＺ')).toEqual(['AGE_18_REENTRY', 'RIGHT_OF_ABODE', 'BORN_HONG_KONG'])
  })

  it('decodes office codes and lost-card counts with their number', () => {
    expect(decodeSymbols('AZH1').chips[2]).toEqual({
      code: 'ISSUING_OFFICE',
      token: 'H1',
      params: { office: 'H1' },
    })
    expect(codes('K2S1P1V1')).toEqual([
      'ISSUING_OFFICE',
      'ISSUING_OFFICE',
      'ISSUING_OFFICE',
      'ISSUING_OFFICE',
    ])
    expect(decodeSymbols('AZL2').chips[2]).toEqual({ code: 'CARD_LOST', token: 'L2', params: { times: 2 } })
    expect(decodeSymbols('AZL2').findings).toEqual([])
  })

  // The Immigration Department's list: H1, K2, S1 (office codes) and Y are "not applicable to smart identity
  // cards"; F and M (sex) were printed among the symbols of earlier cards only.
  it.each([
    ['***AZH1', 'H1', 'ISSUING_OFFICE'],
    ['***AZK2', 'K2', 'ISSUING_OFFICE'],
    ['***AZS1', 'S1', 'ISSUING_OFFICE'],
    ['***AZY', 'Y', 'BIRTH_DATE_CONFIRMED'],
    ['***AFZ', 'F', 'SEX_FEMALE'],
    ['***AMZ', 'M', 'SEX_MALE'],
  ])('%j: %s is decoded and reported as never on a smart card', (symbol, token, chip) => {
    const { chips, findings } = decodeSymbols(symbol)
    expect(chips.find((c) => c.token === token)?.code).toBe(chip)
    expect(findings).toEqual([
      { code: 'SYMBOL_NOT_ON_SMART_CARD', severity: 'warning', field: 'symbol', params: { token, symbol } },
    ])
  })

  it.each([
    ['***AQ', 'Q'],
    ['AZ?', '?'],
    ['**AZ', '**'],
    ['****AZ', '****'],
    ['A1Z', 'A1'],
    ['HZ', 'H'],
    ['LZ', 'L'],
    ['7AZ', '7'],
    ['AZ7', 'Z7'],
  ])('%j: unknown token %j is an info finding', (symbol, token) => {
    const { chips, findings } = decodeSymbols(symbol)
    expect(chips.filter((chip) => chip.code === 'UNKNOWN').map((chip) => chip.token)).toEqual([token])
    expect(findings).toEqual([
      { code: 'SYMBOL_UNKNOWN', severity: 'info', field: 'symbol', params: { token, symbol } },
    ])
  })

  it('only produces declared chip codes', () => {
    const all = decodeSymbols('***AZ*RCUXWOBNYFMH1L1Q?').chips
    for (const chip of all) expect(symbolChipCodes).toContain(chip.code)
  })
})

describe('checkPermanentSymbol', () => {
  it('accepts consistent pairs', () => {
    expect(checkPermanentSymbol(true, '***AZ')).toEqual([])
    expect(checkPermanentSymbol(false, 'CZ')).toEqual([])
    expect(checkPermanentSymbol(false, 'RO')).toEqual([])
  })

  it('warns about a permanent card without A', () => {
    expect(checkPermanentSymbol(true, '***RO')).toEqual([
      { code: 'PERMANENT_WITHOUT_A', severity: 'warning', field: null, params: { symbol: '***RO' } },
    ])
  })

  it('warns about A on a non-permanent card', () => {
    expect(checkPermanentSymbol(false, 'az')).toEqual([
      { code: 'A_WITHOUT_PERMANENT', severity: 'warning', field: null, params: { symbol: 'az' } },
    ])
  })

  it('does not mistake an A inside another token (A1 is unknown, not A)', () => {
    expect(checkPermanentSymbol(true, 'A1Z')[0]?.code).toBe('PERMANENT_WITHOUT_A')
  })

  it('is silent when either side is unknown', () => {
    expect(checkPermanentSymbol(null, '***AZ')).toEqual([])
    expect(checkPermanentSymbol(null, 'CZ')).toEqual([])
    expect(checkPermanentSymbol(true, '')).toEqual([])
    expect(checkPermanentSymbol(false, '  ')).toEqual([])
  })
})
