// Browser-side drawing helpers for synthetic scenes (desk, card with shadow, noise, rotation), injected into a
// blank Chromium page as plain JS so no transpiler helpers leak in.
import { chromium, type Page } from '@playwright/test'
import { chromiumArgs, chromiumExecutablePath } from '../browser/chromium.ts'

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
