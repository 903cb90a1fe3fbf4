// A synthetic HKID drawn to look like the real card: the Immigration Department's specimen layouts of both
// generations (REAL_LIKE_LAYOUT), OCR-B monospace at the card's pitch with a full cell between words, telecodes
// at the name's size on their own row, the Bauhinia background, and the specimens' vertical SAMPLE marks. Made-up
// holders only; every card is marked SAMPLE as the specimens are.
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { PORTRAIT_BOXES, type CardBox } from '#src/hkid/portrait-layout.ts'
import { SPECIMEN_LOOK, type CardLook } from './card-look.ts'
import { silhouetteSvg } from './card-portrait-svg.ts'
import type { PrintedCard } from './printed-card.ts'
import { realLikeBackgroundSvg } from './real-like-background-svg.ts'
import {
  OCR_B_ADVANCE,
  OCR_B_CAP,
  REAL_LIKE_LAYOUT,
  rowPitch,
  type LabelRow,
  type TextRow,
} from './real-like-layout.ts'
import { CARD_CORNER, CARD_HEIGHT, CARD_WIDTH } from './specimen-card-html.ts'

const W = CARD_WIDTH
const H = CARD_HEIGHT
const INK = '#202329'
const f = (n: number) => n.toFixed(1)

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

/** CJK glyphs stand about 0.9 em tall with 0.08 em below the baseline (Noto CJK). */
const CJK_HEIGHT = 0.9
const CJK_DESCENT = 0.08

/**
 * One OCR-B row: the font sized for the row's cap height, stretched to exactly `length` cells of the row's pitch,
 * so the ink lands where the layout says. `data-row` names it for tests.
 */
export function ocrBRow(name: string, row: TextRow, text: string, fill = INK): string {
  if (!text) return ''
  const size = (row.cap * H) / OCR_B_CAP
  const width = rowPitch(row, text.length) * W * text.length
  // Stretch or squeeze only the glyphs' advance, not their height: the real type is taller than OCR-B's cell.
  const natural = text.length * OCR_B_ADVANCE * size
  const adjust =
    Math.abs(natural - width) < 0.5 ? '' : ` textLength="${f(width)}" lengthAdjust="spacingAndGlyphs"`
  return `<text data-row="${name}" x="${f(row.x * W)}" y="${f(row.baseline * H)}" font-family="OCR B" font-size="${f(size)}"
    fill="${fill}" style="white-space:pre"${adjust}>${escapeXml(text)}</text>`
}

/** Chinese text with each character in a cell of `pitch`, its glyphs' bottom on the row's baseline. */
function cjkRow(name: string, row: LabelRow & { pitch: number }, text: string, family: string): string {
  if (!text) return ''
  const size = (row.size * H) / CJK_HEIGHT
  const chars = Array.from(text)
  const pitch = Math.min(row.pitch, 0.4 / chars.length) * W
  const xs = chars.map((_, i) => f(row.x * W + i * pitch)).join(' ')
  return `<text data-row="${name}" x="${xs}" y="${f(row.baseline * H - CJK_DESCENT * size)}" font-family="${family}"
    font-size="${f(size)}" fill="${INK}">${escapeXml(text)}</text>`
}

/** A label such as 出生日期 Date of Birth: Chinese in Ming type, English in a sans, in the card's blue-grey. */
function label(row: LabelRow, zh: string, en: string, fill: string): string {
  const size = (row.size * H) / CJK_HEIGHT
  return `<text x="${f(row.x * W)}" y="${f(row.baseline * H - CJK_DESCENT * size)}" font-size="${f(size)}" fill="${fill}">
    <tspan font-family="Noto Serif CJK HK, Noto Serif CJK TC, serif">${zh}</tspan><tspan font-family="Liberation Sans, sans-serif" dx="${f(size * 0.3)}">${en}</tspan></text>`
}

function portrait(b: CardBox, seed: number, ghost: boolean): string {
  const style = `left:${f(b.x * W)}px;top:${f(b.y * H)}px;width:${f(b.w * W)}px;height:${f(b.h * H)}px`
  return `<div class="portrait${ghost ? ' ghost' : ''}" style="${style}">${silhouetteSvg(ghost ? 'p2' : 'p1', ghost, seed)}</div>`
}

interface Titles {
  zh: string
  en: string
}

function titles(c: PrintedCard): Titles {
  const permanent = c.Permanent === 1
  return {
    zh: permanent ? '香港永久性居民身份證' : '香港居民身份證',
    en: permanent ? 'HONG KONG PERMANENT IDENTITY CARD' : 'HONG KONG IDENTITY CARD',
  }
}

function titleSvg(c: PrintedCard, version: CardLook['version']): string {
  const L = REAL_LIKE_LAYOUT[version]
  const t = titles(c)
  const zhSize = (L.titleZh.size * H) / CJK_HEIGHT
  const colour = version === 'HKID-2018' ? '#5a7093' : '#b19a5e'
  const enSize = (L.titleEn.size * H) / 0.72
  // The full title spans the layout's width; the shorter non-permanent one keeps the same letter size.
  const enWidth = (2 * (L.titleEn.centre - L.titleEn.x) * W * t.en.length) / 33
  const enFont =
    version === 'HKID-2018'
      ? `font-family="Liberation Sans, sans-serif"`
      : `font-family="Liberation Serif, serif" font-variant="small-caps"`
  return `<text x="${f(L.titleZh.centre * W)}" y="${f(L.titleZh.baseline * H - CJK_DESCENT * zhSize)}" text-anchor="middle"
    font-family="Noto Serif CJK HK, Noto Serif CJK TC, serif" font-size="${f(zhSize)}" fill="${colour}" letter-spacing="${f(zhSize * 0.08)}">${t.zh}</text>
  <text x="${f(L.titleEn.centre * W)}" y="${f(L.titleEn.baseline * H)}" text-anchor="middle" ${enFont}
    font-size="${f(enSize)}" fill="${colour}" textLength="${f(enWidth)}" lengthAdjust="spacing">${t.en}</text>`
}

/** Every printed row of the card as SVG text. */
function textSvg(c: PrintedCard, version: CardLook['version']): string {
  const L = REAL_LIKE_LAYOUT[version]
  const labelColour = version === 'HKID-2018' ? '#4c6a8e' : '#3b3a44'
  const sexSize = (L.sex.size * H) / CJK_HEIGHT
  const [sexZh, sexEn] = [c.Sex.slice(0, 1), c.Sex.slice(1)]
  const sexRow: TextRow = {
    x: L.sex.letterX,
    baseline: L.sex.baseline,
    cap: L.birth.cap,
    pitch: L.birth.pitch,
    maxRight: 1,
  }
  return `${titleSvg(c, version)}
  ${cjkRow('nameZh', L.nameZh, c.CnName, 'Noto Serif CJK HK, Noto Serif CJK TC, serif')}
  ${ocrBRow('nameEn', L.nameEn, c.EnName)}
  ${ocrBRow('telecode', L.telecode, c.TelexCode)}
  ${label(L.birthLabel, '出生日期', 'Date of Birth', labelColour)}
  ${ocrBRow('birth', L.birth, c.Birthday)}
  <text data-row="sexZh" x="${f(L.sex.x * W)}" y="${f(L.sex.baseline * H - CJK_DESCENT * sexSize)}" font-family="Noto Serif CJK HK, Noto Serif CJK TC, serif"
    font-size="${f(sexSize)}" fill="${INK}">${sexZh}</text>
  ${ocrBRow('sex', sexRow, sexEn)}
  ${ocrBRow('symbol', L.symbol, c.Symbol)}
  ${L.issueLabel ? label(L.issueLabel, '簽發日期', 'Date of Issue', labelColour) : ''}
  ${ocrBRow('firstIssue', L.firstIssue, c.FirstIssueDate)}
  ${ocrBRow('issueDate', L.issueDate, c.CurrentIssueDate)}
  ${ocrBRow('number', L.number, c.IdNum)}`
}

const STYLE = `
  * { margin: 0; padding: 0; box-sizing: border-box; }
  html, body { width: ${W}px; height: ${H}px; background: #ffffff; overflow: hidden; }
  .card { position: relative; width: ${W}px; height: ${H}px; border-radius: ${CARD_CORNER * W}px; overflow: hidden;
          -webkit-font-smoothing: antialiased; }
  .layer { position: absolute; inset: 0; }
  .portrait { position: absolute; filter: grayscale(1) contrast(1.1);
              -webkit-mask-image: radial-gradient(ellipse 62% 58% at 50% 52%, #000 72%, transparent 100%); }
  .portrait.ghost { opacity: 0.5; mix-blend-mode: multiply; }
  .sample { position: absolute; left: ${f(0.028 * W)}px; font: 700 ${f(0.036 * H)}px 'Liberation Sans', sans-serif;
            color: rgba(45,50,58,0.85); letter-spacing: 1px; transform: translate(-50%, -50%) rotate(-90deg); white-space: nowrap; }
  .window { position: absolute; left: ${f(0.7 * W)}px; top: ${f(0.2 * H)}px; width: ${f(0.09 * W)}px; height: ${f(0.045 * H)}px;
            border-radius: 50%; background: radial-gradient(ellipse at 40% 40%, rgba(255,255,255,0.95), rgba(205,214,228,0.85));
            box-shadow: 0 0 0 1.5px rgba(120,130,150,0.45); display: flex; align-items: center; justify-content: center;
            font: italic 700 ${f(0.03 * H)}px 'Liberation Serif', serif; color: #2a2d36; }
  .chip { position: absolute; left: ${f(0.1 * W)}px; top: ${f(0.32 * H)}px; width: ${f(0.15 * W)}px; height: ${f(0.23 * H)}px;
          border-radius: 18px; background: linear-gradient(135deg, #f4d27a, #e0a93c 55%, #f2cc6e);
          box-shadow: 0 0 0 4px #5b4a2e inset, 0 0 0 2px rgba(80,60,30,0.4); }
  .chip i { position: absolute; background: rgba(110,80,30,0.75); }
  .arrow { position: absolute; left: ${f(0.035 * W)}px; top: ${f(0.37 * H)}px; width: 0; height: 0;
           border-top: ${f(0.085 * H)}px solid transparent; border-bottom: ${f(0.085 * H)}px solid transparent;
           border-right: ${f(0.045 * W)}px solid rgba(110,104,100,0.85); }
  .laser { position: absolute; left: ${f(0.05 * W)}px; top: ${f(0.61 * H)}px; width: ${f(0.2 * W)}px; height: ${f(0.23 * H)}px;
           border-radius: 50%; overflow: hidden; opacity: 0.35; filter: grayscale(1); }
  .sample-2003 { position: absolute; left: ${f(0.67 * W)}px; top: ${f(0.215 * H)}px; color: #1d3fc4;
                 font: 700 ${f(0.05 * H)}px 'Liberation Serif', serif; white-space: nowrap; }
  .sample-2003 span { font-family: 'Noto Serif CJK HK', 'Noto Serif CJK TC', serif; margin-right: 12px; }`

function chipHtml(): string {
  const bars = [
    [0.33, 0, 0.04, 1],
    [0.63, 0, 0.04, 1],
    [0, 0.3, 0.33, 0.04],
    [0, 0.66, 0.33, 0.04],
    [0.67, 0.3, 0.33, 0.04],
    [0.67, 0.66, 0.33, 0.04],
  ]
    .map(
      ([x, y, w, h]) =>
        `<i style="left:${x! * 100}%;top:${y! * 100}%;width:${w! * 100}%;height:${h! * 100}%"></i>`,
    )
    .join('')
  return `<div class="chip">${bars}</div><div class="arrow"></div>`
}

/** The real-like card as a standalone CARD_WIDTH × CARD_HEIGHT page; the specimen holder with no arguments. */
export function realLikeCardHtml(c: PrintedCard = SPECIMEN_CARD, look: CardLook = SPECIMEN_LOOK): string {
  const version = look.version
  const boxes = PORTRAIT_BOXES[version]
  const extras =
    version === 'HKID-2018'
      ? `${boxes.smallHead ? portrait(boxes.smallHead, look.portraitSeed, true) : ''}
  <div class="window">${escapeXml(c.WindowEmbeddedText)}</div>
  ${[0.19, 0.47, 0.78].map((y) => `<div class="sample" style="top:${f(y * H)}px">SAMPLE</div>`).join('')}`
      : `${chipHtml()}
  <div class="laser">${silhouetteSvg('p3', true, look.portraitSeed)}</div>
  <div class="sample-2003"><span>樣本</span>SAMPLE</div>`
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}
</style></head><body><div class="card">
  <div class="layer">${realLikeBackgroundSvg(W, H, look)}</div>
  ${portrait(boxes.head, look.portraitSeed, false)}
  ${extras}
  <svg class="layer" xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  ${textSvg(c, version)}
  </svg>
</div></body></html>`
}
