import { describe, expect, it, vi } from 'vitest'
import { en } from './en.ts'
import { firstScreenStrings } from './first-screen-strings.ts'
import { zhHK } from './zh-HK.ts'

const addResourceBundle = vi.fn()
vi.mock('./setup-i18n.ts', () => ({ i18n: { addResourceBundle } }))

describe('first-screen and later strings', () => {
  it('together hold every string of each language, and later-strings registers its part', async () => {
    const { laterStrings } = await import('./later-strings.ts')
    expect({ ...firstScreenStrings.en, ...laterStrings.en }).toEqual(en)
    expect({ ...firstScreenStrings['zh-HK'], ...laterStrings['zh-HK'] }).toEqual(zhHK)
    expect(addResourceBundle).toHaveBeenCalledWith('en', 'translation', laterStrings.en, true, true)
    expect(addResourceBundle).toHaveBeenCalledWith('zh-HK', 'translation', laterStrings['zh-HK'], true, true)
  })

  it('keeps review and done off the first screen', () => {
    expect(Object.keys(firstScreenStrings.en)).not.toContain('review')
    expect(Object.keys(firstScreenStrings['zh-HK'])).not.toContain('done')
  })
})
