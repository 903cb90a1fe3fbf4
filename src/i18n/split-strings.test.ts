import { describe, expect, it, vi } from 'vitest'
import { en } from './en.ts'
import { firstScreenStrings } from './first-screen-strings.ts'
import { zhHK } from './zh-HK.ts'

const addResourceBundle = vi.fn()
vi.mock('./setup-i18n.ts', () => ({ i18n: { addResourceBundle } }))

describe('first-screen and later strings', () => {
  it('together hold every string of each language, and the later parts register themselves', async () => {
    const { laterStrings } = await import('./later-strings.ts')
    const { journeyStrings } = await import('./journey-strings.ts')
    expect({ ...firstScreenStrings.en, ...laterStrings.en, ...journeyStrings.en }).toEqual(en)
    expect({
      ...firstScreenStrings['zh-HK'],
      ...laterStrings['zh-HK'],
      ...journeyStrings['zh-HK'],
    }).toEqual(zhHK)
    for (const part of [laterStrings, journeyStrings]) {
      expect(addResourceBundle).toHaveBeenCalledWith('en', 'translation', part.en, true, true)
      expect(addResourceBundle).toHaveBeenCalledWith('zh-HK', 'translation', part['zh-HK'], true, true)
    }
  })

  it('keeps review and done off the first screen', () => {
    expect(Object.keys(firstScreenStrings.en)).not.toContain('review')
    expect(Object.keys(firstScreenStrings['zh-HK'])).not.toContain('done')
    expect(Object.keys(firstScreenStrings.en)).not.toContain('customer')
    expect(Object.keys(firstScreenStrings.en)).not.toContain('handoff')
  })
})
