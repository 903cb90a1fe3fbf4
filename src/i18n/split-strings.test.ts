import { describe, expect, it, vi } from 'vitest'
import { en } from './en.ts'
import { firstScreenStrings } from './first-screen-strings.ts'
import { zhHK } from './zh-HK.ts'

type Tree = { readonly [key: string]: string | Tree }

/** The parts as i18next holds them once all have loaded: added deep, later parts over earlier ones. */
function merged(...parts: Tree[]): Tree {
  const out: Record<string, string | Tree> = {}
  for (const part of parts)
    for (const [key, value] of Object.entries(part)) {
      const before = out[key]
      out[key] = typeof value === 'object' && typeof before === 'object' ? merged(before, value) : value
    }
  return out
}

const addResourceBundle = vi.fn()
vi.mock('./setup-i18n.ts', () => ({ i18n: { addResourceBundle } }))

describe('first-screen and later strings', () => {
  it('together hold every string of each language, and the later parts register themselves', async () => {
    const { laterStrings } = await import('./later-strings.ts')
    const { journeyStrings } = await import('./journey-strings.ts')
    const { recognizeErrorStrings } = await import('./recognize-error-strings.ts')
    for (const language of ['en', 'zh-HK'] as const) {
      const parts = [firstScreenStrings, laterStrings, journeyStrings, recognizeErrorStrings]
      expect(merged(...parts.map((part) => part[language]))).toEqual({ en, 'zh-HK': zhHK }[language])
    }
    for (const part of [laterStrings, journeyStrings, recognizeErrorStrings]) {
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

  it('keeps, of the reading step, only what shows while reading and the offline message on the first screen', () => {
    expect(Object.keys(firstScreenStrings.en.recognize.errors)).toEqual(['NETWORK'])
    expect(Object.keys(firstScreenStrings['zh-HK'].recognize.errors)).toEqual(['NETWORK'])
  })
})
