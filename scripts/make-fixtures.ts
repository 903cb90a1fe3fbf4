// Renders the project's synthetic specimen HKID card and the camera / photo fixtures in headless Chromium.
// Everything is drawn: no real card, no real person. Run with `npm run fixtures`; the outputs in
// e2e/fixtures/ are committed. The browser-side drawing helpers (SCENE_LIB) are shared with
// e2e/fixture-files.ts, which derives the bigger, gitignored fixtures from these.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Page } from '@playwright/test'
import { chromiumArgs, chromiumExecutablePath } from '../e2e/chromium.ts'
import { SPECIMEN_CARD } from '../server/emulator/specimen-card.ts'
import {
  CARD_ASPECT,
  PRIMARY_PORTRAIT,
  SECONDARY_PORTRAIT,
  type CardBox,
} from '../server/emulator/specimen-layout.ts'

export const CARD_WIDTH = 1712
export const CARD_HEIGHT = Math.round(CARD_WIDTH / CARD_ASPECT) // 1080
/** ISO/IEC 7810 ID-1 corner radius (3.18 mm) as a fraction of the card width. */
export const CARD_CORNER = 3.18 / 85.6

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const FIXTURES = join(ROOT, 'e2e', 'fixtures')

// ---------------------------------------------------------------------------------------------------------
// The card: HTML + CSS + SVG
// ---------------------------------------------------------------------------------------------------------

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

export function cardHtml(): string {
  const c = SPECIMEN_CARD
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

// ---------------------------------------------------------------------------------------------------------
// Browser-side drawing helpers (plain JS, injected as a script tag so no transpiler helpers leak in)
// ---------------------------------------------------------------------------------------------------------

export const SCENE_LIB = String.raw`
window.fx = (() => {
  function rng(seed) {
    let s = (seed >>> 0) || 1
    return () => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) / 4294967296 }
  }
  function canvas(w, h) { const c = document.createElement('canvas'); c.width = w; c.height = h; return c }
  async function loadImage(src) { const img = new Image(); img.src = src; await img.decode(); return img }
  /** A wooden-desk-ish background: warm mid-grey with soft grain, a vignette and per-pixel noise. */
  function desk(w, h, opts) {
    const { seed = 1, noise = 3, scale = 1 } = opts || {}
    const c = canvas(w, h)
    const ctx = c.getContext('2d')
    const img = ctx.createImageData(w, h)
    const d = img.data
    const rand = rng(seed)
    const base = [122, 108, 92]
    const warpX = new Float32Array(w)
    for (let x = 0; x < w; x++) warpX[x] = 22 * scale * Math.sin(x / (260 * scale)) + 9 * scale * Math.sin(x / (97 * scale) + 2)
    for (let y = 0; y < h; y++) {
      const vy = (y / h - 0.5) * 2
      for (let x = 0; x < w; x++) {
        const yy = y + warpX[x]
        const grain = 3.5 * Math.sin(yy / (8.5 * scale)) + 5 * Math.sin(yy / (29 * scale) + 1.3) + 3 * Math.sin(yy / (3.7 * scale))
        const vx = (x / w - 0.5) * 2
        const vig = -22 * (vx * vx + vy * vy) / 2
        const n = noise ? (rand() + rand() - 1) * noise : 0
        const v = grain + vig + n
        const i = (y * w + x) * 4
        d[i] = base[0] + v; d[i + 1] = base[1] + v * 0.92; d[i + 2] = base[2] + v * 0.8; d[i + 3] = 255
      }
    }
    ctx.putImageData(img, 0, 0)
    return c
  }
  /** Draws the card image with rounded ID-1 corners and a soft contact shadow. */
  function drawCard(ctx, img, x, y, w, h, corner) {
    const r = w * corner
    ctx.save()
    ctx.shadowColor = 'rgba(0,0,0,0.45)'
    ctx.shadowBlur = w * 0.03
    ctx.shadowOffsetX = w * 0.004
    ctx.shadowOffsetY = w * 0.01
    ctx.fillStyle = '#9aa0a8'
    ctx.beginPath(); ctx.roundRect(x, y, w, h, r); ctx.fill()
    ctx.restore()
    ctx.save()
    ctx.beginPath(); ctx.roundRect(x, y, w, h, r); ctx.clip()
    // A camera exposes a light card below full white; Chromium's fake-camera path also stretches
    // video levels, which would push an unexposed card's background into saturation (read as glare).
    ctx.filter = 'brightness(0.88)'
    ctx.drawImage(img, x, y, w, h)
    ctx.restore()
  }
  /** Adds triangular-distributed per-pixel noise, independently per channel plus a shared luma part. */
  function addNoise(c, amp, seed) {
    const ctx = c.getContext('2d')
    const img = ctx.getImageData(0, 0, c.width, c.height)
    const d = img.data
    const rand = rng(seed)
    for (let i = 0; i < d.length; i += 4) {
      const l = (rand() + rand() - 1) * amp
      d[i] += l + (rand() - 0.5) * amp * 0.6
      d[i + 1] += l + (rand() - 0.5) * amp * 0.6
      d[i + 2] += l + (rand() - 0.5) * amp * 0.6
    }
    ctx.putImageData(img, 0, 0)
  }
  /** Returns a new canvas holding c rotated by quarterTurns × 90° clockwise. */
  function rotate(c, quarterTurns) {
    const q = ((quarterTurns % 4) + 4) % 4
    const out = q % 2 ? canvas(c.height, c.width) : canvas(c.width, c.height)
    const ctx = out.getContext('2d')
    ctx.translate(out.width / 2, out.height / 2)
    ctx.rotate(q * Math.PI / 2)
    ctx.drawImage(c, -c.width / 2, -c.height / 2)
    return out
  }
  function copy(c, filter) {
    const out = canvas(c.width, c.height)
    const ctx = out.getContext('2d')
    ctx.drawImage(c, 0, 0)
    if (filter) { ctx.filter = filter; ctx.drawImage(c, 0, 0) }
    return out
  }
  function jpegBase64(c, quality) { return c.toDataURL('image/jpeg', quality).split(',')[1] }
  return { rng, canvas, loadImage, desk, drawCard, addNoise, rotate, copy, jpegBase64 }
})()
`

export async function withScenePage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs })
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } })
    await page.setContent('<!doctype html><html><body></body></html>')
    await page.addScriptTag({ content: SCENE_LIB })
    return await fn(page)
  } finally {
    await browser.close()
  }
}

// ---------------------------------------------------------------------------------------------------------
// The fixtures
// ---------------------------------------------------------------------------------------------------------

const SCENE_SCRIPT = String.raw`async ({ cardPng, aspect, corner }) => {
  const W = 1280, H = 720
  const card = await fx.loadImage(cardPng)
  const desk = fx.desk(W, H, { seed: 7, noise: 2.5 })
  const cw = Math.round(W * 0.7), ch = Math.round(cw / aspect)
  const cx = Math.round((W - cw) / 2), cy = Math.round((H - ch) / 2)
  const scene = fx.copy(desk)
  fx.drawCard(scene.getContext('2d'), card, cx, cy, cw, ch, corner)

  const blurred = fx.copy(scene, 'blur(6px)')

  const glare = fx.copy(scene)
  {
    // Saturated core ≈ 15% of the card's area, with a soft halo around it.
    const g = glare.getContext('2d')
    const a = Math.sqrt(0.15 * cw * ch / Math.PI * 1.7), b = a / 1.7
    const gx = cx + cw * 0.6, gy = cy + ch * 0.42
    g.save()
    g.translate(gx, gy); g.rotate(-0.35); g.scale(1, b / a)
    const R = a * 1.6
    const grad = g.createRadialGradient(0, 0, 0, 0, 0, R)
    grad.addColorStop(0, 'rgba(255,255,255,1)')
    grad.addColorStop(a / R, 'rgba(255,255,255,1)')
    grad.addColorStop(a / R + 0.12, 'rgba(255,255,255,0.55)')
    grad.addColorStop(1, 'rgba(255,255,255,0)')
    g.fillStyle = grad
    g.beginPath(); g.arc(0, 0, R, 0, Math.PI * 2); g.fill()
    g.restore()
  }

  const dark = fx.canvas(W, H)
  { const d = dark.getContext('2d'); d.filter = 'brightness(0.25)'; d.drawImage(scene, 0, 0) }

  // Not a card: a drawn landscape.
  const land = fx.canvas(W, H)
  {
    const g = land.getContext('2d')
    const sky = g.createLinearGradient(0, 0, 0, H * 0.6)
    sky.addColorStop(0, '#5b8fd6'); sky.addColorStop(1, '#f3c79a')
    g.fillStyle = sky; g.fillRect(0, 0, W, H)
    g.fillStyle = '#fff2c4'; g.beginPath(); g.arc(W * 0.72, H * 0.3, 60, 0, Math.PI * 2); g.fill()
    const ridge = (base, amp, f, color, seed) => {
      const r = fx.rng(seed)
      g.fillStyle = color; g.beginPath(); g.moveTo(0, H)
      let y = base
      for (let x = 0; x <= W; x += 16) { y = base + amp * Math.sin(x / f + seed) + (r() - 0.5) * amp * 0.35; g.lineTo(x, y) }
      g.lineTo(W, H); g.closePath(); g.fill()
    }
    ridge(H * 0.42, 60, 150, '#7d84b5', 3)
    ridge(H * 0.52, 45, 110, '#5b6d93', 5)
    const lake = g.createLinearGradient(0, H * 0.62, 0, H)
    lake.addColorStop(0, '#7fa6cf'); lake.addColorStop(1, '#3f6a8f')
    g.fillStyle = lake; g.fillRect(0, H * 0.62, W, H * 0.38)
    ridge(H * 0.8, 25, 90, '#3e6b3a', 9)
    const r = fx.rng(11)
    for (let i = 0; i < 26; i++) {
      const x = r() * W, y = H * 0.8 + r() * 60, s = 30 + r() * 50
      g.fillStyle = '#6b4a2b'; g.fillRect(x - 4, y - 8, 8, 20)
      g.fillStyle = i % 2 ? '#2f5a2a' : '#3c7034'
      g.beginPath(); g.moveTo(x, y - s * 2); g.lineTo(x - s * 0.6, y); g.lineTo(x + s * 0.6, y); g.closePath(); g.fill()
    }
    fx.addNoise(land, 3, 13)
  }

  const q = 0.9
  return {
    'card-scene.jpg': fx.jpegBase64(scene, q),
    'card-scene-blurred.jpg': fx.jpegBase64(blurred, q),
    'card-scene-glare.jpg': fx.jpegBase64(glare, q),
    'card-scene-dark.jpg': fx.jpegBase64(dark, q),
    'empty-scene.jpg': fx.jpegBase64(desk, q),
    'not-a-card.jpg': fx.jpegBase64(land, q),
  }
}`

async function main(): Promise<void> {
  const started = Date.now()
  mkdirSync(FIXTURES, { recursive: true })
  const browser = await chromium.launch({ executablePath: chromiumExecutablePath(), args: chromiumArgs })
  try {
    const page = await browser.newPage({ viewport: { width: W, height: H }, deviceScaleFactor: 1 })
    await page.setContent(cardHtml(), { waitUntil: 'load' })
    await page.evaluate('document.fonts.ready')
    const jpeg = await page.screenshot({ type: 'jpeg', quality: 92 })
    writeFileSync(join(FIXTURES, 'specimen-card.jpg'), jpeg)
    const png = await page.screenshot({ type: 'png' })
    if (process.env.FIXTURES_DEBUG_PNG) writeFileSync(process.env.FIXTURES_DEBUG_PNG, png)

    await page.setViewportSize({ width: 800, height: 600 })
    await page.setContent('<!doctype html><html><body></body></html>')
    await page.addScriptTag({ content: SCENE_LIB })
    const outputs = (await page.evaluate(
      `(${SCENE_SCRIPT})(${JSON.stringify({
        cardPng: `data:image/png;base64,${png.toString('base64')}`,
        aspect: CARD_ASPECT,
        corner: CARD_CORNER,
      })})`,
    )) as Record<string, string>
    for (const [name, b64] of Object.entries(outputs))
      writeFileSync(join(FIXTURES, name), Buffer.from(b64, 'base64'))
  } finally {
    await browser.close()
  }
  console.log(`fixtures written to ${FIXTURES} in ${Date.now() - started} ms`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
