import { chromium } from '@playwright/test'
import { describe, expect, it } from 'vitest'
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { chromiumArgs, chromiumExecutablePath } from '#testing/browser/chromium.ts'
import { SPECIMEN_LOOK, type CardLook } from './card-look.ts'
import type { PrintedCard } from './printed-card.ts'
import { CARD_HEIGHT, CARD_WIDTH, cardHtml } from './specimen-card-html.ts'

const card2003: PrintedCard = { ...SPECIMEN_CARD, HKIDVersion: 'HKID-2003', WindowEmbeddedText: '' }
const look2003: CardLook = { ...SPECIMEN_LOOK, version: 'HKID-2003' }

describe('cardHtml', () => {
  it('draws the HKID-2018 window with the ID number, and no window on an HKID-2003 card', () => {
    expect(cardHtml()).toContain('<div class="window"><span>A123456</span></div>')
    expect(cardHtml(card2003, look2003)).not.toContain('class="window"')
    expect(cardHtml(card2003, look2003)).toContain('A123456(3)')
  })

  it('leaves out the Chinese line and the telecode line for a holder with no Chinese name', () => {
    const html = cardHtml({ ...SPECIMEN_CARD, CnName: '', TelexCode: '' })
    expect(html).not.toContain('class="abs zh name-zh')
    expect(html).not.toContain('class="abs telecode"')
    expect(html).toContain('CHAN, Tai Man')
  })

  it('titles a non-permanent card without PERMANENT', () => {
    const html = cardHtml({ ...SPECIMEN_CARD, Permanent: 0, Symbol: 'R' })
    expect(html).toContain('HONG KONG IDENTITY CARD')
    expect(html).not.toContain('PERMANENT')
  })

  it('stamps every card SPECIMEN, whatever its look', () => {
    for (const look of [SPECIMEN_LOOK, look2003, { ...SPECIMEN_LOOK, tint: 'white', guilloche: 0 } as const])
      expect(cardHtml(SPECIMEN_CARD, look)).toContain('<div class="en">SPECIMEN</div>')
  })

  it('draws the guilloche only when asked, at the asked strength', () => {
    const lines = (g: number) =>
      cardHtml(SPECIMEN_CARD, { ...SPECIMEN_LOOK, guilloche: g }).match(/opacity="[\d.]+%"/g)
    expect(lines(0)).toBeNull()
    expect(lines(1)?.[0]).toBe('opacity="55.0%"')
    expect(lines(0.5)?.[0]).toBe('opacity="27.5%"')
  })

  it('escapes text that would otherwise be markup', () => {
    expect(cardHtml({ ...SPECIMEN_CARD, Symbol: '<b>' })).toContain('&lt;b&gt;')
  })

  it('shrinks a long English name so it stops short of the window (2018) or the portrait (2003)', async () => {
    const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs })
    try {
      const page = await browser.newPage({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT } })
      const long = { EnName: 'SHEUNG KOON, Cheong Cheung Christopher', CnName: '上官昌祥' }
      for (const [card, look] of [
        [{ ...SPECIMEN_CARD, ...long }, SPECIMEN_LOOK],
        [{ ...card2003, ...long }, look2003],
      ] as const) {
        await page.setContent(cardHtml(card, look), { waitUntil: 'load' })
        const box = (await page.evaluate(`(() => {
          const el = document.querySelector('.name-en'); const r = el.getBoundingClientRect()
          return { right: r.right, limit: el.offsetLeft + Number(el.dataset.max), size: parseFloat(el.style.fontSize) }
        })()`)) as { right: number; limit: number; size: number }
        expect(box.right).toBeLessThanOrEqual(box.limit + 1)
        expect(box.size).toBeLessThan(52)
      }
    } finally {
      await browser.close()
    }
  })
})
