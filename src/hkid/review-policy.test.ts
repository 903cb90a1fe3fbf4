import { describe, expect, it } from 'vitest'
import { finding } from './finding.ts'
import {
  CARD_WARNINGS,
  findingKey,
  itemsNeedingReason,
  reasonRuleForFinding,
  unresolvedItems,
  warningKey,
  warningLevel,
} from './review-policy.ts'

describe('the review policy', () => {
  it('every error needs a reason, and so does a window-text mismatch; other warnings do not', () => {
    expect(reasonRuleForFinding(finding('ID_CHECK_DIGIT', 'idNum', { expected: '3', found: '4' }))).toBe(
      'ERROR_FINDING',
    )
    expect(reasonRuleForFinding(finding('REQUIRED_FIELD_EMPTY', 'birthday'))).toBe('ERROR_FINDING')
    expect(reasonRuleForFinding(finding('SEX_INVALID', 'sex'))).toBe('ERROR_FINDING')
    expect(reasonRuleForFinding(finding('WINDOW_MISMATCH', 'windowEmbeddedText'))).toBe(
      'WINDOW_TEXT_MISMATCH',
    )
    expect(reasonRuleForFinding(finding('TELECODE_MISMATCH', 'telexCode'))).toBeNull()
    expect(reasonRuleForFinding(finding('OLD_CARD_INVALID', null))).toBeNull()
  })

  // HKIDCardOCR's WarnCardInfos: -9102 photocopy, -9103 photo of a screen, -9104 tampering (PS),
  // -9107 reflection, -9108 blur, -9101 border incomplete, -9109 warnings not enabled.
  it('photocopy, screen and tampering need a reason; reflection, blur and covered edges do not', () => {
    expect(CARD_WARNINGS[-9102]?.rule).toBe('PHOTOCOPY')
    expect(CARD_WARNINGS[-9103]?.rule).toBe('SCREEN')
    expect(CARD_WARNINGS[-9104]?.rule).toBe('TAMPERING')
    for (const code of [-9101, -9107, -9108, -9109]) expect(CARD_WARNINGS[code]?.rule).toBeNull()
  })

  it('tampering looks more serious than a photocopy, and a photocopy more than a reflection', () => {
    const rank = ['critical', 'serious', 'caution', 'info']
    const order = (code: number) => rank.indexOf(warningLevel(code))
    expect(order(-9104)).toBeLessThan(order(-9102))
    expect(order(-9102)).toBeLessThan(order(-9107))
    expect(warningLevel(-9999)).toBe('caution')
  })

  it('lists findings first, then warnings most serious first, each once, with its rule and key', () => {
    const window = finding('WINDOW_MISMATCH', 'windowEmbeddedText', {
      window: 'A123457',
      idNum: 'A123456(3)',
    })
    const empty = finding('REQUIRED_FIELD_EMPTY', 'birthday')
    const items = itemsNeedingReason(
      [finding('TELECODE_UNKNOWN', 'telexCode'), empty, window],
      [-9107, -9102, -9104, -9102],
    )
    expect(items.map((item) => [item.rule, item.key])).toEqual([
      ['ERROR_FINDING', findingKey(empty)],
      ['WINDOW_TEXT_MISMATCH', findingKey(window)],
      ['TAMPERING', warningKey(-9104)],
      ['PHOTOCOPY', warningKey(-9102)],
    ])
  })

  it('a blank reason resolves nothing', () => {
    const items = itemsNeedingReason([], [-9103])
    expect(unresolvedItems(items, { [warningKey(-9103)]: '   ' })).toHaveLength(1)
    expect(unresolvedItems(items, { [warningKey(-9103)]: 'Seen in person' })).toEqual([])
  })
})
