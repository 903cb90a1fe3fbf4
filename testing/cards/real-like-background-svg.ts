// The real card's printed background as SVG: a pink-to-blue (HKID-2018) or pastel (HKID-2003) gradient, a large
// Bauhinia flower, a fine guilloche, a rainbow band and, on HKID-2018, the hologram's iridescent patch. The
// guilloche's strength comes from the card's look; the colours are the specimens' own.
import type { CardLook } from './card-look.ts'

const f = (n: number) => n.toFixed(1)

interface Palette {
  /** left-to-right stops of the base gradient */
  stops: readonly string[]
  /** guilloche line colours */
  lines: readonly [string, string, string]
  flower: { cx: number; cy: number; r: number; fill: string; opacity: number; star: string }
}

const PALETTES: Record<CardLook['version'], Palette> = {
  'HKID-2018': {
    stops: ['#f1d6e2', '#ece9d6', '#d9e9ef', '#cfe5f1', '#d6e6f3', '#e7dbeb', '#efd4e3'],
    lines: ['#9fc0da', '#c9a9cc', '#a9cfc9'],
    flower: { cx: 0.535, cy: 0.4, r: 0.2, fill: '#ffffff', opacity: 0.78, star: '#a9c8e0' },
  },
  'HKID-2003': {
    stops: ['#f3dde4', '#f3ecd9', '#eef1d9', '#e6f0e0', '#ecebf1', '#eedfe9', '#f1e4e4'],
    lines: ['#c9b9a0', '#b9c7a9', '#c6b4cf'],
    flower: { cx: 0.47, cy: 0.55, r: 0.17, fill: '#ffffff', opacity: 0.4, star: '#dccfb6' },
  },
}

/** Families of fine sine waves: close lines that cross into the guilloche's mesh. */
function waves(
  w: number,
  h: number,
  spacing: number,
  amp: number,
  period: number,
  phaseStep: number,
): string {
  let d = ''
  const count = Math.ceil((h + 2 * amp) / spacing) + 1
  for (let i = 0; i < count; i++) {
    const y = -amp + i * spacing
    for (let x = -8, first = true; x <= w + 8; x += 8, first = false)
      d += `${first ? 'M' : 'L'}${x},${f(y + amp * Math.sin((x / period) * 2 * Math.PI + i * phaseStep))}`
  }
  return d
}

/** Interlaced rings r(t) = r0 + a·sin(k·t + phase): the rosettes in the guilloche. */
function rosette(cx: number, cy: number, r0: number, a: number, k: number, copies: number): string {
  let d = ''
  for (let i = 0; i < copies; i++) {
    const phase = (i / copies) * 2 * Math.PI
    for (let s = 0; s <= 480; s++) {
      const t = (s / 480) * 2 * Math.PI
      const r = r0 + a * Math.sin(k * t + phase)
      d += `${s ? 'L' : 'M'}${f(cx + r * Math.cos(t))},${f(cy + r * Math.sin(t))}`
    }
  }
  return d
}

/** A five-pointed star of outer radius r centred at (x, y). */
function star(x: number, y: number, r: number, turn: number): string {
  let d = ''
  for (let i = 0; i < 10; i++) {
    const a = turn + (i * Math.PI) / 5 - Math.PI / 2
    const rr = i % 2 ? r * 0.4 : r
    d += `${i ? 'L' : 'M'}${f(x + rr * Math.cos(a))},${f(y + rr * Math.sin(a))}`
  }
  return d + 'Z'
}

/** The Bauhinia: five twisted petals round a centre, a star on each, as on the region's flag. */
function bauhinia(w: number, h: number, p: Palette['flower']): string {
  const cx = p.cx * w
  const cy = p.cy * h
  const r = p.r * w
  const petal = `M0,0 C${f(-0.42 * r)},${f(-0.18 * r)} ${f(-0.5 * r)},${f(-0.78 * r)} ${f(-0.08 * r)},${f(-r)}
    C${f(0.3 * r)},${f(-0.98 * r)} ${f(0.36 * r)},${f(-0.62 * r)} ${f(0.12 * r)},${f(-0.5 * r)}
    C${f(0.02 * r)},${f(-0.36 * r)} ${f(0.16 * r)},${f(-0.16 * r)} 0,0Z`
  let petals = ''
  for (let i = 0; i < 5; i++) {
    const deg = i * 72 - 8
    petals += `<g transform="translate(${f(cx)},${f(cy)}) rotate(${deg})">
      <path d="${petal}" fill="${p.fill}" stroke="#b8cfe2" stroke-width="1.5"/>
      <path d="${star(-0.1 * r, -0.62 * r, 0.085 * r, 0.2)}" fill="${p.star}"/>
      <path d="M0,0 C${f(-0.1 * r)},${f(-0.3 * r)} ${f(-0.12 * r)},${f(-0.5 * r)} ${f(-0.04 * r)},${f(-0.78 * r)}"
            fill="none" stroke="${p.star}" stroke-width="2"/></g>`
  }
  return `<g opacity="${p.opacity}">${petals}</g>`
}

export function realLikeBackgroundSvg(w: number, h: number, look: CardLook): string {
  const p = PALETTES[look.version]
  const g = look.guilloche
  const op = (base: number) => Math.min(1, base * g).toFixed(3)
  const stops = p.stops
    .map((c, i) => `<stop offset="${(i / (p.stops.length - 1)).toFixed(3)}" stop-color="${c}"/>`)
    .join('')
  const guilloche =
    g <= 0
      ? ''
      : `<path d="${waves(w, h, 9, 14, 300, 0.22)}" fill="none" stroke="${p.lines[0]}" stroke-width="0.8" opacity="${op(0.45)}"/>
  <path d="${waves(w, h, 11, 18, 420, -0.3)}" fill="none" stroke="${p.lines[1]}" stroke-width="0.7" opacity="${op(0.4)}"/>
  <path d="${rosette(w * p.flower.cx, h * p.flower.cy, w * 0.26, 14, 24, 10)}" fill="none" stroke="${p.lines[2]}" stroke-width="0.8" opacity="${op(0.45)}"/>
  <path d="${rosette(w * 0.12, h * 0.92, w * 0.12, 9, 16, 8)}" fill="none" stroke="${p.lines[0]}" stroke-width="0.7" opacity="${op(0.4)}"/>`
  // The rainbow band: a hue sweep down the right edge (2018) or across under the title (2003).
  const band =
    look.version === 'HKID-2018'
      ? `<path d="${wavyBand(w, h)}" fill="url(#rainbow-v)" opacity="0.55"/>`
      : `<rect x="0" y="${f(h * 0.16)}" width="${w}" height="${f(h * 0.05)}" fill="url(#rainbow-h)" opacity="0.35"/>`
  const hologram =
    look.version === 'HKID-2018'
      ? `<ellipse cx="${f(w * 0.88)}" cy="${f(h * 0.36)}" rx="${f(w * 0.05)}" ry="${f(h * 0.08)}" fill="url(#holo)" opacity="0.35"/>`
      : `<ellipse cx="${f(w * 0.155)}" cy="${f(h * 0.725)}" rx="${f(w * 0.115)}" ry="${f(h * 0.125)}" fill="#ffffff" opacity="0.35" stroke="#cdbfa8" stroke-width="2"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs>
    <linearGradient id="base" x1="0" y1="0.2" x2="1" y2="0.8">${stops}</linearGradient>
    <radialGradient id="light" cx="0.55" cy="0.45" r="0.6">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.35"/><stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="rainbow-v" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#f4b9cf"/><stop offset="0.3" stop-color="#f3e2a8"/><stop offset="0.5" stop-color="#b9e3c6"/>
      <stop offset="0.7" stop-color="#a9cbea"/><stop offset="1" stop-color="#d4b4e4"/>
    </linearGradient>
    <linearGradient id="rainbow-h" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#f4b9cf"/><stop offset="0.3" stop-color="#f3e2a8"/><stop offset="0.5" stop-color="#b9e3c6"/>
      <stop offset="0.7" stop-color="#a9cbea"/><stop offset="1" stop-color="#d4b4e4"/>
    </linearGradient>
    <radialGradient id="holo" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#f7f0c6"/><stop offset="0.4" stop-color="#c6ecdf"/><stop offset="0.7" stop-color="#d5c6f0"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${w}" height="${h}" fill="url(#base)"/>
  <rect width="${w}" height="${h}" fill="url(#light)"/>
  ${band}
  ${guilloche}
  ${bauhinia(w, h, p.flower)}
  ${hologram}
</svg>`
}

/** The 2018 card's band down its right edge, its inner side waving. */
function wavyBand(w: number, h: number): string {
  let d = `M${w},0`
  for (let y = 0; y <= h; y += 10) d += `L${f(w * 0.94 + w * 0.015 * Math.sin((y / h) * 9 * Math.PI))},${y}`
  return `${d}L${w},${h}Z`
}
