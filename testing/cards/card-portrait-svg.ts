// A drawn head-and-shoulders silhouette for the portrait boxes (viewBox 100 × 130): never a face, never a real
// person. A seed varies the hair, head size and shade so portraits differ between cards.
import { seededRandom } from './seeded-random.ts'

const HAIR = [
  // short crop (the specimen's)
  'M29 47 C27 30 36 21 50 21 C65 21 74 30 71 47 C69 38 64 33 56 32 C48 31 38 33 33 38 C31 41 30 44 29 47 Z',
  // shoulder-length
  'M27 80 C22 60 24 26 50 20 C76 26 78 60 73 80 C70 70 70 56 69 46 C64 36 56 33 50 33 C43 33 35 36 31 46 C30 56 30 70 27 80 Z',
  // side parting with a fringe
  'M28 50 C25 30 36 19 52 20 C67 21 75 31 72 49 C70 41 66 36 60 35 C52 38 42 41 34 40 C31 43 29 46 28 50 Z',
] as const

export function silhouetteSvg(id: string, ghost: boolean, seed = 0): string {
  const r = seededRandom(seed * 7919 + 17)
  // Seed 0 is the specimen's portrait exactly.
  const hair = seed === 0 ? HAIR[0] : r.pick(HAIR)
  const headScale = seed === 0 ? 1 : r.range(0.92, 1.08)
  const shade = seed === 0 ? 0 : r.range(-14, 14)
  const mix = (hex: string) => {
    const n = Number.parseInt(hex.slice(1), 16)
    const ch = (v: number) =>
      Math.max(0, Math.min(255, Math.round(v + shade)))
        .toString(16)
        .padStart(2, '0')
    return `#${ch(n >> 16)}${ch((n >> 8) & 255)}${ch(n & 255)}`
  }
  const skin = (ghost ? ['#7d8796', '#5f6979'] : ['#56606e', '#333b47']).map(mix)
  const bg = ghost ? ['#e4e8f0', '#d6dbe6'] : ['#e8ecf1', '#c9d0da']
  const rx = (20.5 * headScale).toFixed(1)
  const ry = (26 * headScale).toFixed(1)
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
  <ellipse cx="50" cy="50" rx="${rx}" ry="${ry}" fill="url(#${id}-head)"/>
  <path d="${hair}" fill="${skin[1]}"/>
</svg>`
}
