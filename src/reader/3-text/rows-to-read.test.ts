import { describe, expect, it } from 'vitest'
import type { Quad } from '../geometry.ts'
import {
  boxesJustAbove,
  holdsNoField,
  mayBeWideTitle,
  permanentTitleRead,
  smallerThan,
  valueUnderLabel,
  wholeReadingNeeded,
} from './rows-to-read.ts'

const rect = (x0: number, y0: number, x1: number, y1: number): Quad => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
]
const sureBox = (text: string, prob = 0.99) => ({
  text,
  chars: Array.from(text).map((char) => ({ char, prob })),
})
const parts = (...texts: string[]) => texts.map((text) => sureBox(text))
const line = (text: string, probs: number[], y0 = 0.04, y1 = 0.09) => ({
  text,
  chars: Array.from(text).map((char, i) => ({ char, prob: probs[i] ?? 0.99 })),
  box: rect(0.3, y0, 0.65, y1),
})

describe('wholeReadingNeeded', () => {
  it('is not needed where every box reads as a whole field: the issue date beside the number', () => {
    expect(wholeReadingNeeded(parts('26-11-18', 'Z683365（5)'))).toBe(false)
    expect(wholeReadingNeeded(parts('01-01-1968', 'C668668(E)'))).toBe(false)
    expect(wholeReadingNeeded(parts('(01-79)', '15-09-03'))).toBe(false)
  })
  it('is needed where a whole field is read weakly: the whole crop may read it surely', () => {
    expect(wholeReadingNeeded([sureBox('06-01-20'), sureBox('Z230532（2）', 0.83)])).toBe(true)
    expect(wholeReadingNeeded([sureBox('2867'), sureBox('30572532', 0.6)])).toBe(true)
  })
  it('is not needed where the boxes are whole telecodes, nor where no box holds a letter or digit', () => {
    expect(wholeReadingNeeded(parts('2867', '30572532'))).toBe(false)
    expect(wholeReadingNeeded(parts('签改', '口如'))).toBe(false)
  })
  it('is needed for a name’s words, digits cut mid-code, a number cut from its letter, a sex beside a date', () => {
    expect(wholeReadingNeeded(parts('LOKWing', 'Ching'))).toBe(true)
    expect(wholeReadingNeeded(parts('WILLIAMS', 'Peter'))).toBe(true)
    expect(wholeReadingNeeded(parts('26512', '24802597'))).toBe(true)
    expect(wholeReadingNeeded(parts('26-11-18', '2683365（5)'))).toBe(true)
    expect(wholeReadingNeeded(parts('01-01-1968', '女F'))).toBe(true)
    expect(wholeReadingNeeded(parts('06', 'OA'))).toBe(true)
  })
})

describe('holdsNoField', () => {
  it('leaves out a tall mark set on end, but not a short narrow box such as a lone F', () => {
    expect(holdsNoField(rect(10, 100, 40, 215), 608)).toBe(true)
    expect(holdsNoField(rect(600, 320, 612, 345), 608)).toBe(false)
    expect(holdsNoField(rect(100, 100, 400, 215), 608)).toBe(false)
  })
})

describe('the English title', () => {
  it('is a long box in the top band only, not the Chinese title nor a name lower down', () => {
    expect(mayBeWideTitle(rect(160, 70, 860, 97), 608)).toBe(true)
    expect(mayBeWideTitle(rect(48, 70, 500, 91), 608)).toBe(true)
    expect(mayBeWideTitle(rect(290, 30, 640, 58), 608)).toBe(false)
    expect(mayBeWideTitle(rect(60, 300, 800, 330), 608)).toBe(false)
  })
  it('is not needed once the Chinese title reads 永久 surely', () => {
    expect(permanentTitleRead([line('香港永久性居民身份證', [0.99, 0.99, 0.97, 0.95])])).toBe(true)
  })
  it('is needed when 永久 is weak, absent, read below the band or on a specimen mark', () => {
    expect(permanentTitleRead([line('香港永久性居民身份證', [0.99, 0.99, 0.97, 0.6])])).toBe(false)
    expect(permanentTitleRead([line('香港居民身份證', [])])).toBe(false)
    expect(permanentTitleRead([line('香港永久性居民身份證', [], 0.3, 0.35)])).toBe(false)
    expect(permanentTitleRead([line('永久', [])])).toBe(false)
    expect(permanentTitleRead([line('香港永久性居民身份證樣本', [])])).toBe(false)
  })
})

describe('labels', () => {
  // the real HKID-2003's data column, in card pixels: telecodes, label, date of birth, symbols
  const telecodes = { name: 'telecodes', quad: rect(288, 213, 520, 249) }
  const label = { name: 'label', quad: rect(288, 298, 560, 328) }
  const birth = { name: 'birth', quad: rect(288, 334, 460, 368) }
  const sex = { name: 'sex', quad: rect(586, 328, 640, 366) }
  const symbols = { name: 'symbols', quad: rect(290, 377, 380, 409) }
  it('finds the box printed just above each box on its left edge, not one rows away or in another column', () => {
    const above = boxesJustAbove([telecodes, label, birth, sex, symbols])
    expect(above.get(birth)).toBe(label)
    expect(above.get(symbols)).toBe(birth)
    expect(above.has(label)).toBe(false)
    expect(above.has(sex)).toBe(false)
  })
  it('takes a date of birth as printed under a label, nothing else (the symbols can stand over a first issue)', () => {
    expect(valueUnderLabel('01-01-1968')).toBe(true)
    expect(valueUnderLabel('01–01–1968')).toBe(true)
    expect(valueUnderLabel('(01-79)')).toBe(false)
    expect(valueUnderLabel('15-09-03')).toBe(false)
    expect(valueUnderLabel('***AZ')).toBe(false)
    expect(valueUnderLabel('LEE, Chi Nan')).toBe(false)
  })
  it('takes a box for a label only when it is printed smaller than the value under it', () => {
    expect(smallerThan(label, birth)).toBe(true)
    // a drawn card's telecodes just above its date of birth, whose label the detector missed: read, not skipped
    const digits = { name: 'digits', quad: rect(434, 300, 505, 323) }
    const date = { name: 'date', quad: rect(431, 326, 483, 346) }
    expect(smallerThan(digits, date)).toBe(false)
  })
})
