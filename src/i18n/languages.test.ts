import { describe, expect, it } from 'vitest'
import { intlLocale, pickLanguage } from './languages.ts'

describe('pickLanguage', () => {
  it.each([
    [['zh-HK'], 'zh-HK'],
    [['zh-Hant'], 'zh-HK'],
    [['zh-Hant-HK', 'en'], 'zh-HK'],
    [['zh-TW'], 'zh-HK'],
    [['zh-MO'], 'zh-HK'],
    [['zh-CN', 'en-GB'], 'en'],
    [['zh-Hans-HK'], 'en'],
    [['zh'], 'en'],
    [['fr-FR', 'zh-HK'], 'zh-HK'],
    [['en-US', 'zh-HK'], 'en'],
    [[], 'en'],
  ] as const)('browser %j → %s', (languages, expected) => {
    expect(pickLanguage(languages, null)).toBe(expected)
  })

  it('a remembered choice wins over the browser; an unknown one is ignored', () => {
    expect(pickLanguage(['en-US'], 'zh-HK')).toBe('zh-HK')
    expect(pickLanguage(['zh-HK'], 'en')).toBe('en')
    expect(pickLanguage(['zh-HK'], 'klingon')).toBe('zh-HK')
  })
})

describe('intlLocale', () => {
  const birthday = new Date('1990-01-01T00:00:00Z')
  const longDate = (language: string) =>
    new Intl.DateTimeFormat(intlLocale(language), { timeZone: 'UTC', dateStyle: 'long' }).format(birthday)

  it('writes dates as Hong Kong does, in either language', () => {
    expect(longDate('en')).toBe('1 January 1990')
    expect(longDate('zh-HK')).toBe('1990年1月1日')
  })
})
