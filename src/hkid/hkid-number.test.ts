import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkDigit, checkHkidNumber, isValidHkid, parseHkid } from './hkid-number.ts'

describe('parseHkid', () => {
  it.each([
    ['A123456(3)', 'A', '123456', '3'],
    ['A1234563', 'A', '123456', '3'],
    ['a123456 (3)', 'A', '123456', '3'],
    ['  A 123 456 ( 3 )  ', 'A', '123456', '3'],
    ['AB987654(3)', 'AB', '987654', '3'],
    ['ab9876543', 'AB', '987654', '3'],
    ['G123456(A)', 'G', '123456', 'A'],
    ['g123456a', 'G', '123456', 'A'],
    ['Ａ１２３４５６（３）', 'A', '123456', '3'],
    ['C000000(E)', 'C', '000000', 'E'],
  ])('%s', (input, prefix, digits, check) => {
    expect(parseHkid(input)).toEqual({ prefix, digits, check, normalized: `${prefix}${digits}(${check})` })
  })

  it.each([
    '',
    '   ',
    '123456(3)',
    'ABC123456(3)',
    'A12345(3)',
    'A1234567(3)',
    'A123456',
    'A123456()',
    'A123456(3',
    'A123456 3)',
    'A123456(33)',
    'A12345X(3)',
    'A-123456(3)',
    '1A23456(3)',
  ])('rejects %j', (input) => {
    expect(parseHkid(input)).toBeNull()
  })
})

describe('checkDigit', () => {
  it('matches the known examples', () => {
    expect(checkDigit('A', '123456')).toBe('3')
    expect(checkDigit('AB', '987654')).toBe('3')
    expect(checkDigit('G', '123456')).toBe('A')
    expect(checkDigit('C', '000000')).toBe('9')
    expect(checkDigit('a', '123456')).toBe('3')
  })

  it('gives 0 when the sum is a multiple of 11', () => {
    // (11 − 0) mod 11 must be 0, not 11: find a number whose weighted sum is a multiple of 11.
    const zero = Array.from({ length: 1000 }, (_, n) => String(n).padStart(6, '0')).find(
      (digits) => checkDigit('A', digits) === '0',
    )
    expect(zero).toBeDefined()
    expect(isValidHkid(`A${zero}(0)`)).toBe(true)
  })

  it('throws on malformed parts rather than inventing a digit', () => {
    expect(() => checkDigit('', '123456')).toThrow(RangeError)
    expect(() => checkDigit('ABC', '123456')).toThrow(RangeError)
    expect(() => checkDigit('1', '123456')).toThrow(RangeError)
    expect(() => checkDigit('A', '12345')).toThrow(RangeError)
    expect(() => checkDigit('A', '12345X')).toThrow(RangeError)
  })
})

describe('isValidHkid / checkHkidNumber', () => {
  it.each(['A123456(3)', 'a1234563', 'AB987654(3)', 'G123456(A)', 'g123456(a)'])('%s is valid', (id) => {
    expect(isValidHkid(id)).toBe(true)
    expect(checkHkidNumber(id)).toEqual([])
  })

  it("rejects Tencent's own example C000000(E)", () => {
    expect(isValidHkid('C000000(E)')).toBe(false)
    expect(checkHkidNumber('C000000(E)')).toEqual([
      { code: 'ID_CHECK_DIGIT', severity: 'error', field: 'idNum', params: { expected: '9', found: 'E' } },
    ])
  })

  it('reports the expected and found digits', () => {
    expect(checkHkidNumber('A123456(4)')[0]?.params).toEqual({ expected: '3', found: '4' })
    expect(checkHkidNumber('G123456(0)')[0]?.params).toEqual({ expected: 'A', found: '0' })
  })

  it('reports ID_FORMAT with the raw value when unparseable, including empty', () => {
    expect(checkHkidNumber('A12(3)')).toEqual([
      { code: 'ID_FORMAT', severity: 'error', field: 'idNum', params: { value: 'A12(3)' } },
    ])
    expect(checkHkidNumber('')[0]?.code).toBe('ID_FORMAT')
  })
})

const prefixArb = fc.stringMatching(/^[A-Z]{1,2}$/)
const digitsArb = fc.stringMatching(/^\d{6}$/)
const checkChars = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A']

describe('properties', () => {
  it('appending checkDigit always validates, in every accepted spelling', () => {
    fc.assert(
      fc.property(prefixArb, digitsArb, fc.boolean(), fc.boolean(), (prefix, digits, brackets, lower) => {
        const check = checkDigit(prefix, digits)
        const raw = brackets ? `${prefix}${digits}(${check})` : `${prefix}${digits}${check}`
        const input = lower ? raw.toLowerCase() : raw
        expect(parseHkid(input)?.normalized).toBe(`${prefix}${digits}(${check})`)
        expect(checkHkidNumber(input)).toEqual([])
      }),
    )
  })

  it('any other check character fails with ID_CHECK_DIGIT', () => {
    fc.assert(
      fc.property(prefixArb, digitsArb, fc.constantFrom(...checkChars), (prefix, digits, wrong) => {
        const check = checkDigit(prefix, digits)
        fc.pre(wrong !== check)
        expect(isValidHkid(`${prefix}${digits}(${wrong})`)).toBe(false)
        expect(checkHkidNumber(`${prefix}${digits}(${wrong})`)).toEqual([
          {
            code: 'ID_CHECK_DIGIT',
            severity: 'error',
            field: 'idNum',
            params: { expected: check, found: wrong },
          },
        ])
      }),
    )
  })

  it('changing any single digit changes the check digit (weights are coprime with 11)', () => {
    fc.assert(
      fc.property(
        prefixArb,
        digitsArb,
        fc.nat(5),
        fc.integer({ min: 1, max: 9 }),
        (prefix, digits, i, delta) => {
          const changed = digits.slice(0, i) + String((Number(digits[i]) + delta) % 10) + digits.slice(i + 1)
          expect(checkDigit(prefix, changed)).not.toBe(checkDigit(prefix, digits))
        },
      ),
    )
  })
})
