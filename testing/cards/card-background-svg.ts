// The card's printed background: a tinted gradient under a guilloche of crossing waves and rosettes, drawn as
// SVG. The tint and the guilloche's strength come from the card's look (card-look.ts).
import { TINTS, type CardLook } from './card-look.ts'

function fmt(n: number): string {
  return n.toFixed(1)
}

/** Concentric interlaced rings, r(t) = r0 + a·sin(k·t + phase), the classic guilloche rosette. */
function rosette(cx: number, cy: number, r0: number, a: number, k: number, copies: number): string {
  const paths: string[] = []
  for (let i = 0; i < copies; i++) {
    const phase = (i / copies) * 2 * Math.PI
    let d = ''
    for (let s = 0; s <= 720; s++) {
      const t = (s / 720) * 2 * Math.PI
      const r = r0 + a * Math.sin(k * t + phase)
      d += `${s ? 'L' : 'M'}${fmt(cx + r * Math.cos(t))},${fmt(cy + r * Math.sin(t))}`
    }
    paths.push(d + 'Z')
  }
  return paths.join('')
}

/** A family of sine waves across the card, each shifted in phase: crossing families make a mesh. */
function waves(
  width: number,
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
    for (let x = -10; x <= width + 10; x += 6) {
      const v = y + amp * Math.sin((x / period) * 2 * Math.PI + i * phaseStep)
      d += `${x === -10 ? 'M' : 'L'}${x},${fmt(v)}`
    }
  }
  return d
}

/** Where the big rosette sits: behind the text block, which moves between the two card generations. */
const ROSETTE_CENTRE: Record<CardLook['version'], [number, number]> = {
  'HKID-2018': [0.63, 0.56],
  'HKID-2003': [0.36, 0.58],
}

export function backgroundSvg(width: number, height: number, look: CardLook): string {
  const { stops, lines } = TINTS[look.tint]
  const g = look.guilloche
  const op = (base: number) => fmt(Math.min(1, base * g) * 100).concat('%')
  const [cx, cy] = ROSETTE_CENTRE[look.version]
  const guilloche =
    g <= 0
      ? ''
      : `<path d="${waves(width, -40, 22, 56, 26, 520, 0.35)}" fill="none" stroke="${lines[0]}" stroke-width="1.1" opacity="${op(0.55)}"/>
  <path d="${waves(width, -40, 22, 56, 20, 380, -0.5)}" fill="none" stroke="${lines[1]}" stroke-width="1" opacity="${op(0.45)}"/>
  <rect width="${width}" height="${height}" fill="url(#glow)"/>
  <path d="${rosette(width * cx, height * cy, 300, 22, 20, 20)}" fill="none" stroke="${lines[2]}" stroke-width="0.9" opacity="${op(0.5)}"/>
  <path d="${rosette(width * cx, height * cy, 215, 16, 16, 16)}" fill="none" stroke="${lines[3]}" stroke-width="0.9" opacity="${op(0.45)}"/>
  <path d="${rosette(width * cx, height * cy, 135, 10, 12, 12)}" fill="none" stroke="${lines[2]}" stroke-width="0.9" opacity="${op(0.45)}"/>
  <path d="${rosette(width * 0.1, height * 0.97, 180, 14, 14, 12)}" fill="none" stroke="${lines[0]}" stroke-width="0.9" opacity="${op(0.4)}"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${stops[0]}"/>
      <stop offset="0.45" stop-color="${stops[1]}"/>
      <stop offset="0.75" stop-color="${stops[2]}"/>
      <stop offset="1" stop-color="${stops[3]}"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.62" cy="0.55" r="0.55">
      <stop offset="0" stop-color="#ffffff" stop-opacity="0.55"/>
      <stop offset="1" stop-color="#ffffff" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#bg)"/>
  ${guilloche}
</svg>`
}
