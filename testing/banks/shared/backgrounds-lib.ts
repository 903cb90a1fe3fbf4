// Browser-side backgrounds for bank scenes (plain JS injected into the scene page, like testing/cards/scene-page.ts):
// desks of different colours and textures, plain and patterned. Seeded, so a scene is the same on every run.
// Drawn at most 1280 px wide and scaled up: the fine grain of a large photo comes from the camera's noise.

export type Rgb = readonly [number, number, number]

export const backgroundKinds = [
  'wood',
  'plain',
  'linen',
  'checks',
  'stripes',
  'newsprint',
  'granite',
] as const
export type BackgroundKind = (typeof backgroundKinds)[number]

export interface BackgroundSpec {
  kind: BackgroundKind
  /** Main colour (0–255 sRGB). */
  color: Rgb
  /** Second colour of a pattern (checks, stripes), else unused. */
  color2: Rgb
  seed: number
}

export const BACKGROUNDS_LIB = String.raw`
window.bankBg = (() => {
  const { rng, canvas } = window.fx
  const clamp = (v) => v < 0 ? 0 : v > 255 ? 255 : v
  function pixels(w, h, shade) {
    const c = canvas(w, h)
    const ctx = c.getContext('2d')
    const img = ctx.createImageData(w, h)
    const d = img.data
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4
      const [r, g, b] = shade(x, y)
      d[i] = clamp(r); d[i + 1] = clamp(g); d[i + 2] = clamp(b); d[i + 3] = 255
    }
    ctx.putImageData(img, 0, 0)
    return c
  }
  const mix = (a, b, t) => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
  const add = (c, v) => [c[0] + v, c[1] + v, c[2] + v]

  const kinds = {
    wood(w, h, s, rand) {
      const warp = new Float32Array(w)
      const k = w / 1280
      for (let x = 0; x < w; x++) warp[x] = 22 * k * Math.sin(x / (260 * k) + s.seed) + 9 * k * Math.sin(x / (97 * k) + 2)
      return pixels(w, h, (x, y) => {
        const yy = y + warp[x]
        const grain = 4 * Math.sin(yy / (8.5 * k)) + 6 * Math.sin(yy / (29 * k) + 1.3) + 3 * Math.sin(yy / (3.7 * k))
        return [s.color[0] + grain, s.color[1] + grain * 0.9, s.color[2] + grain * 0.75]
      })
    },
    plain(w, h, s, rand) {
      const p = rand() * 6
      return pixels(w, h, (x, y) => add(s.color, 3 * Math.sin(x / w * 3 + p) * Math.sin(y / h * 2 + p) + (rand() - 0.5) * 2))
    },
    linen(w, h, s, rand) {
      const t = Math.max(2, w / 400)
      return pixels(w, h, (x, y) => {
        const wx = Math.sin(x / t * Math.PI) ** 2, wy = Math.sin(y / t * Math.PI) ** 2
        const over = (Math.floor(x / t) + Math.floor(y / t)) % 2 ? wx : wy
        return add(s.color, 10 * over - 5 + (rand() - 0.5) * 6)
      })
    },
    checks(w, h, s, rand) {
      const cell = w * (0.035 + rand() * 0.03)
      return pixels(w, h, (x, y) => {
        const bx = Math.floor(x / cell) % 2, by = Math.floor(y / cell) % 2
        return add(mix(s.color, s.color2, (bx + by) / 2), (rand() - 0.5) * 4)
      })
    },
    stripes(w, h, s, rand) {
      const period = w * (0.03 + rand() * 0.05)
      const angle = rand() * Math.PI
      const ca = Math.cos(angle), sa = Math.sin(angle)
      return pixels(w, h, (x, y) => {
        const t = ((x * ca + y * sa) / period) % 1
        const edge = Math.min(1, Math.max(0, (Math.abs(t - 0.5) - 0.22) * 12 + 0.5))
        return add(mix(s.color, s.color2, edge), (rand() - 0.5) * 4)
      })
    },
    newsprint(w, h, s, rand) {
      const c = kinds.plain(w, h, s, rand)
      const ctx = c.getContext('2d')
      const line = Math.max(6, h / 60)
      const columns = 3 + Math.floor(rand() * 3)
      const colW = w / columns
      ctx.fillStyle = 'rgba(' + s.color2.join(',') + ',0.85)'
      for (let col = 0; col < columns; col++) {
        const x0 = col * colW + colW * 0.06, x1 = (col + 1) * colW - colW * 0.06
        for (let y = line; y < h - line; y += line * 1.55) {
          if (rand() < 0.06) { ctx.fillRect(x0, y, (x1 - x0) * (0.5 + rand() * 0.5), line * 1.8); y += line * 1.6; continue }
          let x = x0
          while (x < x1) {
            const word = line * (0.8 + rand() * 3.2)
            ctx.fillRect(x, y, Math.min(word, x1 - x), line * 0.62)
            x += word + line * 0.45
          }
        }
      }
      return c
    },
    granite(w, h, s, rand) {
      const c = kinds.plain(w, h, s, rand)
      const ctx = c.getContext('2d')
      const n = Math.round(w * h / 90)
      for (let i = 0; i < n; i++) {
        const v = rand()
        const tone = v < 0.5 ? s.color2 : [255, 255, 255]
        ctx.fillStyle = 'rgba(' + tone.join(',') + ',' + (0.15 + rand() * 0.5).toFixed(2) + ')'
        const r = 0.6 + rand() * 1.8 * (w / 1280)
        ctx.fillRect(rand() * w, rand() * h, r, r)
      }
      return c
    },
  }

  /** A background of w × h for spec; patterns are drawn at ≤ 1280 px wide and scaled up. */
  function background(w, h, spec) {
    const k = Math.min(1, 1280 / w)
    const dw = Math.round(w * k), dh = Math.round(h * k)
    const small = kinds[spec.kind](dw, dh, spec, rng(spec.seed))
    if (k === 1) return small
    const c = canvas(w, h)
    const ctx = c.getContext('2d')
    ctx.imageSmoothingQuality = 'high'
    ctx.drawImage(small, 0, 0, w, h)
    return c
  }
  return { background }
})()
`
