// @vitest-environment jsdom
// The statement a customer reads, built from the real strings of both languages, and its version.
import '#src/i18n/journey-strings.ts'
import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PICS_SETTINGS, type PicsSettings } from '#src/hkid/pics.ts'
import { i18n } from '#src/i18n/setup-i18n.ts'
import { picsStatement, picsVersion, statementText } from './pics-statement.ts'

const HARBOUR: PicsSettings = {
  ...DEFAULT_PICS_SETTINGS,
  businessName: { en: 'Harbour Bank', 'zh-HK': '海港銀行' },
  contact: {
    en: 'our Data Protection Officer (dpo@harbour.example)',
    'zh-HK': '保障資料主任（dpo@harbour.example）',
  },
}
const partText = (settings: PicsSettings, language: 'en' | 'zh-HK', id: string) =>
  picsStatement(settings, language, i18n.t).parts.find((part) => part.id === id)?.text ?? ''

describe('the collection statement', () => {
  it('names the business and whom to ask, in each language', () => {
    expect(partText(HARBOUR, 'en', 'voluntary')).toContain('Harbour Bank cannot verify')
    expect(partText(HARBOUR, 'en', 'access')).toContain(
      'Ask our Data Protection Officer (dpo@harbour.example).',
    )
    expect(partText(HARBOUR, 'zh-HK', 'voluntary')).toContain('海港銀行將無法')
    expect(partText(HARBOUR, 'zh-HK', 'access')).toContain('請向保障資料主任（dpo@harbour.example）提出')
  })

  it('has every part DPP1 asks for, with the default wording when nothing is set', () => {
    const statement = picsStatement(DEFAULT_PICS_SETTINGS, 'en', i18n.t)
    expect(statement.parts.map((part) => part.id)).toEqual([
      'collected',
      'purpose',
      'transferees',
      'voluntary',
      'access',
    ])
    expect(statement.business).toBe('the organisation that sent you this link')
    expect(partText(DEFAULT_PICS_SETTINGS, 'en', 'access')).toContain(
      'Ask the person who sent you this link.',
    )
    expect(picsStatement(DEFAULT_PICS_SETTINGS, 'zh-HK', i18n.t).heading).toBe('收集個人資料聲明')
  })

  it('names Tencent Cloud as a transferee only when it reads the card, and takes the business’s own words', () => {
    expect(partText(DEFAULT_PICS_SETTINGS, 'en', 'transferees')).not.toContain('Tencent')
    expect(partText({ ...HARBOUR, cardReader: 'tencent' }, 'en', 'transferees')).toContain('Tencent Cloud')
    expect(partText({ ...HARBOUR, cardReader: 'tencent' }, 'zh-HK', 'transferees')).toContain('騰訊雲')
    const own = { ...HARBOUR, purpose: { en: 'To open your account.', 'zh-HK': '開立你的戶口。' } }
    expect(partText(own, 'zh-HK', 'purpose')).toBe('開立你的戶口。')
  })

  it('is versioned by a hash of exactly the text shown, unless the business numbers it', async () => {
    const text = statementText(picsStatement(HARBOUR, 'en', i18n.t))
    expect(text.split('\n')).toHaveLength(1 + 5 * 2 + 1)
    const sha = createHash('sha256').update(text, 'utf8').digest('hex')
    expect(await picsVersion(HARBOUR, text)).toBe(`sha256-${sha.slice(0, 16)}`)
    expect(await picsVersion(HARBOUR, `${text}.`)).not.toBe(await picsVersion(HARBOUR, text))
    const zh = statementText(picsStatement(HARBOUR, 'zh-HK', i18n.t))
    expect(await picsVersion(HARBOUR, zh)).not.toBe(await picsVersion(HARBOUR, text))
    expect(await picsVersion({ version: 'PICS-2026-12' }, text)).toBe('PICS-2026-12')
  })
})
