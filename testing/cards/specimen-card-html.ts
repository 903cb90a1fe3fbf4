// The synthetic specimen HKID card as HTML + CSS + SVG, rendered by Chromium (real fonts, so Chinese renders with
// Noto CJK). Everything is drawn: no real card, no real person.
import { SPECIMEN_CARD } from '#server/emulator/specimen-card.ts'
import {
  CARD_ASPECT,
  PRIMARY_PORTRAIT,
  SECONDARY_PORTRAIT,
  type CardBox,
} from '#server/emulator/specimen-layout.ts'

export const CARD_WIDTH = 1712
export const CARD_HEIGHT = Math.round(CARD_WIDTH / CARD_ASPECT) // 1080
/** ISO/IEC 7810 ID-1 corner radius (3.18 mm) as a fraction of the card width. */
export const CARD_CORNER = 3.18 / 85.6

const W = CARD_WIDTH
const H = CARD_HEIGHT

function fmt(n: number): string {
  return n.toFixed(1)
}

/** Concentric interlaced rings, r(t) = r0 + a·sin(k·t + phase), the classic guilloche rosette. */
function rosette(
  cx: number,
  cy: number,
  r0: number,
  a: number,
  k: number,
  copies: number,
  squash = 1,
): string {
  const paths: string[] = []
  for (let i = 0; i < copies; i++) {
    const phase = (i / copies) * 2 * Math.PI
    let d = ''
    for (let s = 0; s <= 720; s++) {
      const t = (s / 720) * 2 * Math.PI
      const r = r0 + a * Math.sin(k * t + phase)
      d += `${s ? 'L' : 'M'}${fmt(cx + r * Math.cos(t))},${fmt(cy + r * Math.sin(t) * squash)}`
    }
    paths.push(d + 'Z')
  }
  return paths.join('')
}

/** A family of sine waves across the card, each shifted in phase: crossing families make a mesh. */
function waves(
  y0: number,
  spacing: number,
  count: number,
  amp: number,
  period: number,
  phaseStep: number,
): string {
  let d = ''
  for (let i = 0; i < count; i++) {
    const y = y0 + i * spacing
    for (let x = -10; x <= W + 10; x += 6) {
      const v = y + amp * Math.sin((x / period) * 2 * Math.PI + i * phaseStep)
      d += `${x === -10 ? 'M' : 'L'}${x},${fmt(v)}`
    }
  }
  return d
}

function backgroundSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#e3ecf7"/>
      <stop offset="0.45" stop-color="#e9e4f4"/>
      <stop offset="0.75" stop-color="#ece2f0"/>
      <stop offset="1" stop-color="#dfe9f5"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.62" cy="0.55" r="0.55">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.55"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#bg)"/>
  <path d="${waves(-40, 22, 56, 26, 520, 0.35)}" fill="none" stroke="#a9bde0" stroke-width="1.1" opacity="0.55"/>
  <path d="${waves(-40, 22, 56, 20, 380, -0.5)}" fill="none" stroke="#c6b2df" stroke-width="1" opacity="0.45"/>
  <rect width="${W}" height="${H}" fill="url(#glow)"/>
  <path d="${rosette(W * 0.63, H * 0.56, 300, 22, 20, 20)}" fill="none" stroke="#9fb3dc" stroke-width="0.9" opacity="0.5"/>
  <path d="${rosette(W * 0.63, H * 0.56, 215, 16, 16, 16)}" fill="none" stroke="#b59ad8" stroke-width="0.9" opacity="0.45"/>
  <path d="${rosette(W * 0.63, H * 0.56, 135, 10, 12, 12)}" fill="none" stroke="#9fb3dc" stroke-width="0.9" opacity="0.45"/>
  <path d="${rosette(W * 0.1, H * 0.97, 180, 14, 14, 12)}" fill="none" stroke="#a9bde0" stroke-width="0.9" opacity="0.4"/>
</svg>`
}

/** A drawn head-and-shoulders silhouette filling a portrait box (viewBox 100 × 130). */
function silhouetteSvg(id: string, ghost: boolean): string {
  const skin = ghost ? ['#7d8796', '#5f6979'] : ['#56606e', '#333b47']
  const bg = ghost ? ['#e4e8f0', '#d6dbe6'] : ['#e8ecf1', '#c9d0da']
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 130" preserveAspectRatio="none" width="100%" height="100%">
  <defs>
    <linearGradient id="${id}-bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${bg[0]}"/><stop offset="1" stop-color="${bg[1]}"/>
    </linearGradient>
    <radialGradient id="${id}-head" cx="0.42" cy="0.35" r="0.75">
      <stop offset="0" stop-color="${skin[0]}"/><stop offset="1" stop-color="${skin[1]}"/>
    </radialGradient>
    <linearGradient id="${id}-body" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${skin[0]}"/><stop offset="1" stop-color="${skin[1]}"/>
    </linearGradient>
  </defs>
  <rect width="100" height="130" fill="url(#${id}-bg)"/>
  <path d="M4 130 C6 108 18 99 34 95 C40 93 43 90 43 84 L57 84 C57 90 60 93 66 95 C82 99 94 108 96 130 Z" fill="url(#${id}-body)"/>
  <path d="M42 70 L42 88 C46 92 54 92 58 88 L58 70 Z" fill="${skin[1]}"/>
  <ellipse cx="29.5" cy="52" rx="3.2" ry="6.5" fill="${skin[1]}"/>
  <ellipse cx="70.5" cy="52" rx="3.2" ry="6.5" fill="${skin[1]}"/>
  <ellipse cx="50" cy="50" rx="20.5" ry="26" fill="url(#${id}-head)"/>
  <path d="M29 47 C27 30 36 21 50 21 C65 21 74 30 71 47 C69 38 64 33 56 32 C48 31 38 33 33 38 C31 41 30 44 29 47 Z" fill="${skin[1]}"/>
</svg>`
}

function box(b: CardBox): string {
  return `left:${b.x * W}px;top:${b.y * H}px;width:${b.w * W}px;height:${b.h * H}px`
}

/** The card's printed fields, in HKIDCardOCR's names. */
export type PrintedCard = typeof SPECIMEN_CARD

export function cardHtml(c: PrintedCard = SPECIMEN_CARD): string {
  const sex = c.Sex.replace(/^(.)(.*)$/u, '$1 $2') // 男M → 男 M
  return `<!doctype html><html><head><meta charset="utf-8"><style>
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
  .name-zh { left: 600px; top: 262px; font-size: 92px; font-weight: 700; letter-spacing: 14px; }
  .name-en { left: 602px; top: 400px; font-size: 52px; font-weight: 700; letter-spacing: 1px; }
  .telecode { left: 602px; top: 478px; font-size: 42px; letter-spacing: 4px; }
  .idnum { right: ${W - 0.775 * W}px; top: 880px; font-size: 84px; font-weight: 700; letter-spacing: 3px;
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
</style></head><body><div class="card">
  <div class="bg">${backgroundSvg()}</div>
  <div class="abs zh title-zh">香港永久性居民身份證</div>
  <div class="abs title-en">HONG KONG PERMANENT IDENTITY CARD</div>
  <div class="rule"></div>
  <div class="abs stamp"><div class="en">SPECIMEN</div><div class="cn zhs">樣本</div></div>

  <div class="portrait main" style="${box(PRIMARY_PORTRAIT)}">${silhouetteSvg('p1', false)}</div>
  <div class="portrait ghost" style="${box(SECONDARY_PORTRAIT)}">${silhouetteSvg('p2', true)}</div>
  <div class="window"><span>${c.WindowEmbeddedText}</span></div>

  <div class="abs zh name-zh">${c.CnName}</div>
  <div class="abs name-en">${c.EnName}</div>
  <div class="abs telecode">${c.TelexCode}</div>

  <div class="abs label" style="left:602px;top:556px"><span class="zhs">出生日期</span>Date of Birth</div>
  <div class="abs value" style="left:602px;top:596px">${c.Birthday}</div>
  <div class="abs label" style="left:1000px;top:556px"><span class="zhs">性別</span>Sex</div>
  <div class="abs value zhs" style="left:1000px;top:589px">${sex}</div>

  <div class="abs value" style="left:602px;top:676px;letter-spacing:4px">${c.Symbol}</div>

  <div class="abs label" style="left:602px;top:752px"><span class="zhs">簽發日期</span>Date of Issue</div>
  <div class="abs value" style="left:602px;top:792px">${c.FirstIssueDate}&nbsp;&nbsp;&nbsp;${c.CurrentIssueDate}</div>

  <div class="abs idnum">${c.IdNum}</div>
  <div class="abs micro zhs">SPECIMEN 樣本 · SYNTHETIC TEST CARD · NOT A VALID IDENTITY DOCUMENT</div>
</div></body></html>`
}
