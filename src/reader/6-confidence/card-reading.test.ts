import { describe, expect, it } from 'vitest'
import { checkDigit } from '#src/hkid/hkid-number.ts'
import { cardLine } from '#testing/reader/card-lines.ts'
import { codeOf, tables } from '#testing/reader/decode-tables.ts'
import type { CardLine } from '../3-text/read-card-text.ts'
import { interpretCardLines } from './card-reading.ts'

const codes = (name: string) => Array.from(name, codeOf).join('')

/** The lines of an HKID-2018 card as the recogniser gives them (simplified Chinese, spaces sometimes lost). */
function card2018(o: {
  cn?: string
  cnRead?: string
  en: string
  id: string
  window?: string
  title?: string
}) {
  const lines: CardLine[] = [
    cardLine(o.title ?? '香港永久性居民身份證', 0.05, 0.06, 0.44, 0.11),
    cardLine('HONG KONG PERMANENTIDENTITY CARD', 0.05, 0.13, 0.51, 0.16),
    cardLine('SPECIMEN', 0.75, 0.05, 0.92, 0.1),
    cardLine(o.en, 0.35, 0.37, 0.62, 0.43),
    cardLine(o.window ?? o.id.replace(/\(.\)$/, ''), 0.82, 0.38, 0.93, 0.41),
    cardLine('出生日期Dateof Birth', 0.35, 0.52, 0.51, 0.55),
    cardLine('性别Sex', 0.58, 0.52, 0.65, 0.55),
    cardLine('女F', 0.58, 0.55, 0.64, 0.61),
    cardLine('24-11-1963', 0.35, 0.56, 0.5, 0.6),
    cardLine('***AZ', 0.35, 0.62, 0.43, 0.68),
    cardLine('簽發日期Dateof Issue', 0.35, 0.7, 0.52, 0.73),
    cardLine('(11-81) 28-03-19', 0.35, 0.74, 0.58, 0.78),
    cardLine(o.id, 0.46, 0.82, 0.77, 0.9),
  ]
  if (o.cn) {
    lines.push(cardLine(o.cnRead ?? o.cn, 0.35, 0.26, 0.53, 0.35))
    lines.push(cardLine(codes(o.cn), 0.35, 0.45, 0.56, 0.48))
  }
  return lines
}

describe('interpretCardLines', () => {
  it('reads every field of an HKID-2018 card, the Chinese name traditional from its codes', () => {
    const card = interpretCardLines(
      card2018({
        cn: '林碧雅',
        cnRead: '林碧雅',
        en: 'LAM, Pik Nga Gigi',
        id: 'D914950（4)',
        window: 'D914950',
      }),
      tables,
    )
    expect(card.fields).toEqual({
      CnName: '林碧雅',
      EnName: 'LAM, Pik Nga Gigi',
      TelexCode: `${codeOf('林')} ${codeOf('碧')} ${codeOf('雅')}`,
      Sex: '女F',
      Birthday: '24-11-1963',
      Permanent: 1,
      IdNum: 'D914950(4)',
      Symbol: '***AZ',
      FirstIssueDate: '(11-81)',
      CurrentIssueDate: '28-03-19',
      WindowEmbeddedText: 'D914950',
      HKIDVersion: 'HKID-2018',
    })
    expect(card.uncertain).toEqual([])
  })

  it('reads a two-letter prefix and a compound surname read in simplified form', () => {
    const id = `XA123456(${checkDigit('XA', '123456')})`
    const card = interpretCardLines(
      card2018({ cn: '歐陽志明', cnRead: '欧阳志明', en: 'AU YEUNG,ChiMing', id }),
      tables,
    )
    expect(card.fields.IdNum).toBe(id)
    expect(card.fields.WindowEmbeddedText).toBe('XA123456')
    expect(card.fields.EnName).toBe('AU YEUNG, Chi Ming')
    expect(card.fields.CnName).toBe('歐陽志明')
    expect(card.characters.every((c) => c.confirmed)).toBe(true)
    expect(card.uncertain).not.toContain('CnName')
  })

  it('gives a holder with no Chinese name no Chinese name and no codes, and is sure of it', () => {
    const card = interpretCardLines(card2018({ en: 'SINGH, Harpreet', id: 'A123456(3)' }), tables)
    expect(card.fields.CnName).toBe('')
    expect(card.fields.TelexCode).toBe('')
    expect(card.fields.EnName).toBe('SINGH, Harpreet')
    expect(card.uncertain).not.toContain('CnName')
  })

  it('reads an HKID-2003 card: text from the left edge, no window', () => {
    const lines = [
      cardLine('香港身份證', 0.05, 0.06, 0.24, 0.11),
      cardLine('HONG KONG IDENTITY CARD', 0.05, 0.13, 0.37, 0.16),
      cardLine('陈泰辉', 0.04, 0.26, 0.22, 0.36),
      cardLine('CHAN,Tai Fai', 0.04, 0.37, 0.25, 0.42),
      cardLine(codes('陳泰輝'), 0.05, 0.44, 0.26, 0.49),
      cardLine('男M', 0.28, 0.56, 0.34, 0.61),
      cardLine('08-05-1941', 0.05, 0.56, 0.2, 0.6),
      cardLine('RZ', 0.04, 0.62, 0.09, 0.68),
      cardLine('(05-52)21-05-13', 0.05, 0.74, 0.28, 0.78),
      cardLine('C724006（4）', 0.6, 0.82, 0.93, 0.89),
    ]
    const card = interpretCardLines(lines, tables)
    expect(card.fields).toMatchObject({
      CnName: '陳泰輝',
      EnName: 'CHAN, Tai Fai',
      Sex: '男M',
      Permanent: 0,
      Symbol: 'RZ',
      IdNum: 'C724006(4)',
      WindowEmbeddedText: '',
      HKIDVersion: 'HKID-2003',
    })
    expect(card.uncertain).not.toContain('HKIDVersion')
  })

  it('never calls a card HKID-2003 for sure when only its window was missed: the real 2018 card prints its name at the left edge too', () => {
    // The real HKID-2018's layout: names at the left edge, the data column at ≈ 0.40, the window not read.
    const lines = [
      cardLine('香港永久性居民身份證', 0.3, 0.06, 0.75, 0.11),
      cardLine('HONG KONG PERMANENT IDENTITY CARD', 0.16, 0.13, 0.9, 0.16),
      cardLine('LOK, Wing Ching', 0.03, 0.28, 0.4, 0.33),
      cardLine('03-06-1985', 0.405, 0.57, 0.62, 0.62),
      cardLine('女F', 0.68, 0.57, 0.73, 0.62),
      cardLine('***AZ', 0.405, 0.64, 0.5, 0.69),
      cardLine('26-11-18', 0.405, 0.84, 0.6, 0.9),
      cardLine('Z683365(5)', 0.67, 0.84, 0.96, 0.9),
    ]
    const card = interpretCardLines(lines, tables)
    expect(card.fields.HKIDVersion).toBe('HKID-2003')
    expect(card.uncertain).toEqual(expect.arrayContaining(['HKIDVersion', 'WindowEmbeddedText']))
  })

  it('marks a number whose check digit fails, and a Chinese name the reading does not confirm, for checking', () => {
    const lines = card2018({
      cn: '譚大文',
      cnRead: '潭大文',
      en: 'TAM, Tai Man',
      id: 'A123456(4)',
      window: 'A123456',
    })
    const card = interpretCardLines(lines, tables)
    expect(card.fields.IdNum).toBe('A123456(4)')
    expect(card.uncertain).toEqual(expect.arrayContaining(['IdNum', 'CnName']))
    expect(card.characters[0]).toMatchObject({ char: '譚', confirmed: false })
  })

  it('finds the name below a misread footer that mentions IDENTITY: the title is only at the top', () => {
    const lines = [
      ...card2018({ cn: '李昌', en: 'LI, Cheong', id: 'A123456(3)' }),
      cardLine('SPECINEN · SYNTHETIC TEST CARD · NOT A VALID IDENTITY DOCUMENT', 0.04, 0.93, 0.58, 0.96),
    ]
    const card = interpretCardLines(lines, tables)
    expect(card.fields).toMatchObject({ CnName: '李昌', EnName: 'LI, Cheong', Permanent: 1 })
    expect(card.fields.TelexCode).toBe(`${codeOf('李')} ${codeOf('昌')}`)
  })

  it('reads a number whose closing bracket was lost, trusting it by its check digit', () => {
    const card = interpretCardLines(card2018({ en: 'CHAN, Tai Man', id: 'W260858（0' }), tables)
    expect(card.fields.IdNum).toBe('W260858(0)')
    expect(card.uncertain).not.toContain('IdNum')
  })

  it('reads a surname with an I seen as a small l, and leaves it for checking', () => {
    const card = interpretCardLines(card2018({ en: 'WAl, Kwok Yiu', id: 'A123456(3)' }), tables)
    expect(card.fields.EnName).toBe('WAI, Kwok Yiu')
    expect(card.uncertain).toContain('EnName')
  })

  it('marks a field read with a weak character for checking', () => {
    const lines = card2018({ en: 'WONG, Siu Ming', id: 'A123456(3)' }).map((l) =>
      l.text === '24-11-1963' ? cardLine('24-11-1963', 0.35, 0.56, 0.5, 0.6, 0.6) : l,
    )
    const card = interpretCardLines(lines, tables)
    expect(card.fields.Birthday).toBe('24-11-1963')
    expect(card.uncertain).toContain('Birthday')
    expect(card.uncertain).not.toContain('IdNum')
  })

  it('gives a number whose printed check character no number can have as printed, for checking', () => {
    const card = interpretCardLines(
      card2018({ en: 'LEE, Chi Nan', id: 'C668668（E)', window: 'C668668' }),
      tables,
    )
    expect(card.fields.IdNum).toBe('C668668(E)')
    expect(card.uncertain).toContain('IdNum')
  })

  it('reads a name row the detector split into word boxes whole, never sure of a name missing a word', () => {
    const lines = card2018({ en: 'YU,Lok', id: 'A123456(3)' })
    lines.push(cardLine('Sum', 0.64, 0.37, 0.7, 0.43))
    const split = interpretCardLines(lines, tables)
    expect(split.fields.EnName).toBe('YU, Lok Sum')
    const far = card2018({ en: 'YU,Lok', id: 'A123456(3)' })
    far.push(cardLine('Sum', 0.82, 0.37, 0.88, 0.43))
    const leftOver = interpretCardLines(far, tables)
    expect(leftOver.fields.EnName).toBe('YU, Lok')
    expect(leftOver.uncertain).toContain('EnName')
  })

  it('reads the sex the detector ran into the date of birth', () => {
    const lines = card2018({ en: 'CHAN, Tai Man', id: 'A123456(3)' }).filter(
      (l) => l.text !== '女F' && l.text !== '24-11-1963',
    )
    lines.push(cardLine('24-11-1963女F', 0.35, 0.56, 0.64, 0.6))
    const card = interpretCardLines(lines, tables)
    expect(card.fields).toMatchObject({ Birthday: '24-11-1963', Sex: '女F' })
  })
})

describe('the symbol line on evidence beyond its score', () => {
  const withSymbols = (text: string, prob: number) =>
    card2018({ en: 'LAM, Pik Nga Gigi', id: 'D914950(4)' }).map((l) =>
      l.text === '***AZ' ? cardLine(text, 0.35, 0.62, 0.43, 0.68, prob) : l,
    )

  it('is sure of weak stars and A that the age at issue and the title confirm', () => {
    const card = interpretCardLines(withSymbols('***AZ', 0.75), tables)
    expect(card.fields.Symbol).toBe('***AZ')
    expect(card.uncertain).not.toContain('Symbol')
    expect(card.confidence.Symbol).toBeGreaterThanOrEqual(0.9)
  })

  it('flags a child band the age contradicts, and a status the title contradicts', () => {
    expect(interpretCardLines(withSymbols('*AZ', 0.99), tables).uncertain).toContain('Symbol')
    expect(interpretCardLines(withSymbols('***CZ', 0.99), tables).uncertain).toContain('Symbol')
    expect(interpretCardLines(withSymbols('CZ', 0.99), tables).uncertain).toContain('Symbol')
  })
})
