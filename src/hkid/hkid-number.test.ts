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

  it('gives 0 when the sum is a multiple of 11, and A for a remainder of 1 (worked by hand)', () => {
    // A000010: space 36×9 + A 10×8 + 1×3 = 324 + 80 + 3 = 407 = 37 × 11 → (11 − 0) mod 11 = 0, not 11.
    expect(checkDigit('A', '000010')).toBe('0')
    expect(isValidHkid('A000010(0)')).toBe(true)
    // A000000: 404 = 36 × 11 + 8 → 11 − 8 = 3.   A000001: 406 = 36 × 11 + 10 → 11 − 10 = 1.
    expect(checkDigit('A', '000000')).toBe('3')
    expect(checkDigit('A', '000001')).toBe('1')
    // A000005: 404 + 10 = 414 = 37 × 11 + 7 → 4.   A000004: 412 = 37 × 11 + 5 → 6.
    expect(checkDigit('A', '000005')).toBe('4')
    // B000004: 324 + 11×8 + 8 = 420 = 38 × 11 + 2 → 9.  Z000009: 324 + 35×8 + 18 = 622 = 56 × 11 + 6 → 5.
    expect(checkDigit('B', '000004')).toBe('9')
    expect(checkDigit('Z', '000009')).toBe('5')
    // AA000000: 10×9 + 10×8 = 170 = 15 × 11 + 5 → 6.   A000007: 404 + 14 = 418 = 38 × 11 → 0.
    expect(checkDigit('AA', '000000')).toBe('6')
    expect(checkDigit('A', '000007')).toBe('0')
    // A000002: 408 = 37 × 11 + 1 → 10 → 'A'.
    expect(checkDigit('A', '000002')).toBe('A')
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

/** The published rule, transcribed independently of hkid-number.ts: the oracle the properties check against. */
function referenceCheckDigit(prefix: string, digits: string): string {
  const value = (c: string) => (c === ' ' ? 36 : /[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : Number(c))
  const chars = (prefix.length === 1 ? ' ' + prefix : prefix) + digits
  let sum = 0
  for (let i = 0; i < 8; i++) sum += value(chars[i] ?? '') * (9 - i)
  const check = (11 - (sum % 11)) % 11
  return check === 10 ? 'A' : String(check)
}

const prefixArb = fc.stringMatching(/^[A-Z]{1,2}$/)
const digitsArb = fc.stringMatching(/^\d{6}$/)
const checkChars = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'A']

describe('properties', () => {
  it('checkDigit agrees with the published rule for every prefix and number', () => {
    fc.assert(
      fc.property(prefixArb, digitsArb, (prefix, digits) => {
        expect(checkDigit(prefix, digits)).toBe(referenceCheckDigit(prefix, digits))
      }),
    )
  })

  it('appending the right digit always validates, in every accepted spelling', () => {
    fc.assert(
      fc.property(prefixArb, digitsArb, fc.boolean(), fc.boolean(), (prefix, digits, brackets, lower) => {
        const check = referenceCheckDigit(prefix, digits)
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
        const check = referenceCheckDigit(prefix, digits)
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
