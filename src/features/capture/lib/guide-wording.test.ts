// The guide changes colour with the meter's verdict (white, amber, green), so the words that point at it
// name it by shape, never by a colour it may not have: "the white frame" was said while it was amber.
import { describe, expect, it } from 'vitest'
import { capture as en } from '#src/i18n/en/capture.ts'
import { capture as zh } from '#src/i18n/zh-HK/capture.ts'
import { guidanceFor } from './guidance.ts'

type Tree = { readonly [key: string]: string | Tree }
const texts = (tree: Tree): string[] =>
  Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : texts(value)))

const COLOURS = { en: /\b(white|amber|yellow|orange|green|red)\b/i, 'zh-HK': /[白黃橙綠紅]色?框/ }

describe('words about the card guide', () => {
  it('the no-card hint shows while the guide is amber, not white', () => {
    const input = { available: true, run: 0, autoCapture: true, steadyFrames: 8, frameMs: 100 }
    const guidance = guidanceFor({ ...input, issues: ['noCard'], stall: 'noCard' })
    expect(guidance.tone).toBe('issue')
  })

  it.each([
    ['en', en],
    ['zh-HK', zh],
  ] as const)('in %s name no frame colour', (language, strings) => {
    expect(texts(strings).filter((text) => COLOURS[language].test(text))).toEqual([])
  })
})
