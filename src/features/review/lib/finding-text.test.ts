import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { CARD_WARNINGS } from '#src/hkid/review-policy.ts'
import { en } from '#src/i18n/en.ts'
import { zhHK } from '#src/i18n/zh-HK.ts'
import { warningText } from './finding-text.ts'

const i18n = i18next.createInstance()
await i18n.init({ resources: { en: { translation: en }, 'zh-HK': { translation: zhHK } }, lng: 'en' })

describe('warningText', () => {
  it.each(['en', 'zh-HK'])('names every warning of the review policy in words (%s)', (language) => {
    const t = i18n.getFixedT(language)
    const unknown = warningText(t, -1)
    for (const code of Object.keys(CARD_WARNINGS).map(Number)) {
      const text = warningText(t, code)
      expect(text).not.toBe(unknown.replace('-1', String(code)))
      expect(text).not.toContain(String(code))
    }
  })

  it.each(['en', 'zh-HK'])('names a warning it does not know by its number (%s)', (language) => {
    expect(warningText(i18n.getFixedT(language), -9199)).toContain('-9199')
  })
})
