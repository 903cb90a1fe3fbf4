// A synthetic HKID card as HTML + CSS + SVG, rendered by Chromium (real fonts, so Chinese renders with Noto CJK).
// Everything is drawn: no real card, no real person, and every card carries a SPECIMEN 樣本 stamp. Two broad
// layouts: HKID-2018 (portrait left, window and ghost portrait right) and HKID-2003 (text left, portrait right).
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import { ID1_ASPECT, ID1_CORNER_SHARE } from '#src/hkid/id1-card.ts'
import { PORTRAIT_BOXES, type CardBox } from '#src/hkid/portrait-layout.ts'
import { backgroundSvg } from './card-background-svg.ts'
import { SPECIMEN_LOOK, type CardLook } from './card-look.ts'
import { silhouetteSvg } from './card-portrait-svg.ts'
import type { PrintedCard } from './printed-card.ts'

export type { PrintedCard } from './printed-card.ts'

export const CARD_WIDTH = 1712
export const CARD_HEIGHT = Math.round(CARD_WIDTH / ID1_ASPECT) // 1080
/** ISO/IEC 7810 ID-1 corner radius as a fraction of the card width. */
export const CARD_CORNER = ID1_CORNER_SHARE

const W = CARD_WIDTH
const H = CARD_HEIGHT

function box(b: CardBox): string {
  return `left:${b.x * W}px;top:${b.y * H}px;width:${b.w * W}px;height:${b.h * H}px`
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)

const STYLE = `
  * { margin: 0; padding: 0; box-sizing: border-box; }
  html, body { width: ${W}px; height: ${H}px; background: #ffffff; overflow: hidden; }
  .card { position: relative; width: ${W}px; height: ${H}px; border-radius: ${CARD_CORNER * W}px; overflow: hidden;
          color: #15171c; font-family: 'Liberation Sans', 'Noto Sans CJK HK', sans-serif;
          -webkit-font-smoothing: antialiased; }
  .bg { position: absolute; inset: 0; }
  .abs { position: absolute; white-space: nowrap; }
  .zh { font-family: 'Noto Serif CJK HK', 'Noto Serif CJK TC', serif; }
  .zhs { font-family: 'Noto Sans CJK HK', 'Noto Sans CJK TC', sans-serif; }
  .title-zh { left: 77px; top: 44px; font-size: 62px; font-weight: 700; letter-spacing: 6px; color: #1b2340; }
  .title-en { left: 80px; top: 136px; font-size: 35px; font-weight: 700; letter-spacing: 2.2px; color: #1b2340; }
  .rule { position: absolute; left: 77px; top: 196px; width: 1000px; height: 4px;
          background: linear-gradient(90deg, #3d4f86, #8f74b8 70%, rgba(143,116,184,0)); }
  .portrait { position: absolute; border-radius: 6px; overflow: hidden; }
  .portrait.main { box-shadow: 0 0 0 2px rgba(40,50,80,0.25); }
  .portrait.ghost { opacity: 0.42; mix-blend-mode: multiply; }
  .label { font-size: 27px; color: #2b3350; }
  .label .zhs { font-weight: 400; margin-right: 10px; }
  .value { font-size: 46px; font-weight: 700; letter-spacing: 1px; }
  .name-zh { font-size: 92px; font-weight: 700; letter-spacing: 14px; }
  .name-en { font-size: 52px; font-weight: 700; letter-spacing: 1px; }
  .telecode { font-size: 42px; letter-spacing: 4px; }
  .idnum { top: 880px; font-size: 84px; font-weight: 700; letter-spacing: 3px;
           font-family: 'Liberation Mono', 'Noto Sans Mono', monospace; }
  .window { position: absolute; left: ${0.8 * W}px; top: ${0.3 * H}px; width: ${0.15 * W}px; height: ${0.2 * H}px;
            border-radius: 18px; background: linear-gradient(135deg, rgba(255,255,255,0.75), rgba(214,224,240,0.55));
            box-shadow: inset 0 0 0 2px rgba(120,135,175,0.45); display: flex; align-items: center; justify-content: center; }
  .window span { font-family: 'Liberation Mono', monospace; font-size: 38px; font-weight: 700; color: rgba(60,72,110,0.7); letter-spacing: 2px; }
  .stamp { left: ${0.735 * W}px; top: 40px; padding: 10px 26px 12px; border: 5px solid #c8102e; border-radius: 14px;
           color: #c8102e; text-align: center; transform: rotate(-6deg); background: rgba(255,255,255,0.35); }
  .stamp .en { font-size: 46px; font-weight: 700; letter-spacing: 8px; line-height: 1; }
  .stamp .cn { font-size: 40px; font-weight: 700; letter-spacing: 18px; line-height: 1.2; margin-top: 4px; }
  .micro { left: 77px; top: ${0.93 * H}px; font-size: 19px; letter-spacing: 3px; color: rgba(200,16,46,0.75); font-weight: 700; }
  .emblem { position: absolute; left: ${0.53 * W}px; top: ${0.77 * H}px; width: 120px; height: 120px; border-radius: 50%;
            background: conic-gradient(from 30deg, #d9e4ef, #e8dcef, #dcefe6, #efe8d6, #d9e4ef); opacity: 0.75;
            box-shadow: inset 0 0 0 3px rgba(150,160,185,0.5); }`

/** Shrinks each `.fit` line until it is no wider than its data-max (px): long names must not run into the window. */
const FIT_SCRIPT = `for (const el of document.querySelectorAll('.fit')) {
  let size = parseFloat(getComputedStyle(el).fontSize); const max = Number(el.dataset.max)
  while (el.scrollWidth > max && size > 20) { size -= 1; el.style.fontSize = size + 'px' }
}`

interface Fields {
  left: number
  nameMax: number
  sexLeft: number
}

/** The text block both generations share: names, telecodes, birth date and sex, symbols, issue dates. */
function fieldsHtml(c: PrintedCard, { left, nameMax, sexLeft }: Fields): string {
  const sex = c.Sex.replace(/^(.)(.*)$/u, '$1 $2') // 男M → 男 M
  const cn = c.CnName
    ? `<div class="abs zh name-zh fit" data-max="${nameMax}" style="left:${left - 2}px;top:262px">${escapeHtml(c.CnName)}</div>`
    : ''
  const telecode = c.TelexCode
    ? `<div class="abs telecode" style="left:${left}px;top:478px">${c.TelexCode}</div>`
    : ''
  return `${cn}
  <div class="abs name-en fit" data-max="${nameMax}" style="left:${left}px;top:400px">${escapeHtml(c.EnName)}</div>
  ${telecode}
  <div class="abs label" style="left:${left}px;top:556px"><span class="zhs">出生日期</span>Date of Birth</div>
  <div class="abs value" style="left:${left}px;top:596px">${c.Birthday}</div>
  <div class="abs label" style="left:${sexLeft}px;top:556px"><span class="zhs">性別</span>Sex</div>
  <div class="abs value zhs" style="left:${sexLeft}px;top:589px">${sex}</div>
  <div class="abs value" style="left:${left}px;top:676px;letter-spacing:4px">${escapeHtml(c.Symbol)}</div>
  <div class="abs label" style="left:${left}px;top:752px"><span class="zhs">簽發日期</span>Date of Issue</div>
  <div class="abs value" style="left:${left}px;top:792px">${c.FirstIssueDate}&nbsp;&nbsp;&nbsp;${c.CurrentIssueDate}</div>`
}

function layout2018(c: PrintedCard, look: CardLook): string {
  return `<div class="portrait main" style="${box(PORTRAIT_BOXES['HKID-2018'].head)}">${silhouetteSvg('p1', false, look.portraitSeed)}</div>
  <div class="portrait ghost" style="${box(PORTRAIT_BOXES['HKID-2018'].smallHead)}">${silhouetteSvg('p2', true, look.portraitSeed)}</div>
  <div class="window"><span>${escapeHtml(c.WindowEmbeddedText)}</span></div>
  ${fieldsHtml(c, { left: 602, nameMax: 0.8 * W - 602 - 24, sexLeft: 1000 })}
  <div class="abs idnum" style="right:${W - 0.775 * W}px">${c.IdNum}</div>`
}

function layout2003(c: PrintedCard, look: CardLook): string {
  return `<div class="portrait main" style="${box(PORTRAIT_BOXES['HKID-2003'].head)}">${silhouetteSvg('p1', false, look.portraitSeed)}</div>
  <div class="emblem"></div>
  ${fieldsHtml(c, { left: 79, nameMax: PORTRAIT_BOXES['HKID-2003'].head.x * W - 79 - 30, sexLeft: 480 })}
  <div class="abs idnum" style="right:${W - 0.94 * W}px">${c.IdNum}</div>`
}

/** The card as a standalone page of CARD_WIDTH × CARD_HEIGHT px; the specimen with no arguments. */
export function cardHtml(c: PrintedCard = SPECIMEN_CARD, look: CardLook = SPECIMEN_LOOK): string {
  const permanent = c.Permanent === 1
  const titleZh = permanent ? '香港永久性居民身份證' : '香港身份證'
  const titleEn = permanent ? 'HONG KONG PERMANENT IDENTITY CARD' : 'HONG KONG IDENTITY CARD'
  const body = look.version === 'HKID-2018' ? layout2018(c, look) : layout2003(c, look)
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}
</style></head><body><div class="card">
  <div class="bg">${backgroundSvg(W, H, look)}</div>
  <div class="abs zh title-zh">${titleZh}</div>
  <div class="abs title-en">${titleEn}</div>
  <div class="rule"></div>
  <div class="abs stamp"><div class="en">SPECIMEN</div><div class="cn zhs">樣本</div></div>
  ${body}
  <div class="abs micro zhs">SPECIMEN 樣本 · SYNTHETIC TEST CARD · NOT A VALID IDENTITY DOCUMENT</div>
</div><script>${FIT_SCRIPT}</script></body></html>`
}
