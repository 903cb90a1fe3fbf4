import { describe, expect, it } from 'vitest'
import { pickLanguage } from './languages.ts'

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
