// Browser-side scene composition for the banks (plain JS injected into the scene page after SCENE_LIB and
// BACKGROUNDS_LIB): the card warped onto the desk by a homography computed in Node (geometry.ts), its contact
// shadow, a finger, then what the camera adds in the order light reaches the sensor: lighting and colour cast,
// specular glare (clipped), optics (defocus or motion blur), sensor noise.

export const CAMERA_LIB = String.raw`
window.bankCam = (() => {
  const { rng, canvas, loadImage } = window.fx

  /** The card image scaled to tw × th with ID-1 rounded corners (transparent outside). */
  function cardTexture(img, tw, th, corner) {
    const c = canvas(tw, th)
    const ctx = c.getContext('2d')
    ctx.imageSmoothingQuality = 'high'
    ctx.beginPath(); ctx.roundRect(0, 0, tw, th, tw * corner); ctx.clip()
    ctx.drawImage(img, 0, 0, tw, th)
    return ctx.getImageData(0, 0, tw, th)
  }

  function shadow(ctx, q, s) {
    ctx.save()
    ctx.filter = 'blur(' + s.blur + 'px)'
    ctx.fillStyle = 'rgba(0,0,0,' + s.alpha + ')'
    ctx.beginPath()
    q.forEach(([x, y], i) => (i ? ctx.lineTo(x + s.dx, y + s.dy) : ctx.moveTo(x + s.dx, y + s.dy)))
    ctx.closePath(); ctx.fill()
    ctx.restore()
  }

  /** Inverse mapping with premultiplied bilinear sampling: out pixel centre → card unit square via hInv. */
  function warp(ctx, tex, q, hInv) {
    const xs = q.map((p) => p[0]), ys = q.map((p) => p[1])
    const x0 = Math.max(0, Math.floor(Math.min(...xs)) - 1), y0 = Math.max(0, Math.floor(Math.min(...ys)) - 1)
    const x1 = Math.min(ctx.canvas.width, Math.ceil(Math.max(...xs)) + 1), y1 = Math.min(ctx.canvas.height, Math.ceil(Math.max(...ys)) + 1)
    const out = ctx.getImageData(x0, y0, x1 - x0, y1 - y0)
    const o = out.data, t = tex.data, tw = tex.width, th = tex.height
    const [a, b, c, d, e, f, g, h, k] = hInv
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const px = x + 0.5, py = y + 0.5
        const wz = g * px + h * py + k
        const u = ((a * px + b * py + c) / wz) * tw - 0.5
        const v = ((d * px + e * py + f) / wz) * th - 0.5
        if (u < -1 || v < -1 || u > tw || v > th) continue
        const iu = Math.floor(u), iv = Math.floor(v), fu = u - iu, fv = v - iv
        let r = 0, gg = 0, bb = 0, al = 0
        for (let j = 0; j < 4; j++) {
          const su = iu + (j & 1), sv = iv + (j >> 1)
          if (su < 0 || sv < 0 || su >= tw || sv >= th) continue
          const w = ((j & 1) ? fu : 1 - fu) * ((j >> 1) ? fv : 1 - fv)
          const i = (sv * tw + su) * 4
          const wa = w * t[i + 3] / 255
          r += wa * t[i]; gg += wa * t[i + 1]; bb += wa * t[i + 2]; al += wa
        }
        if (al <= 0) continue
        const oi = ((y - y0) * (x1 - x0) + (x - x0)) * 4
        o[oi] = r + o[oi] * (1 - al); o[oi + 1] = gg + o[oi + 1] * (1 - al); o[oi + 2] = bb + o[oi + 2] * (1 - al)
      }
    }
    ctx.putImageData(out, x0, y0)
  }

  /** A fingertip reaching in from the frame edge to (tip), defocused: it is closer to the lens than the card. */
  function finger(ctx, f) {
    const W = ctx.canvas.width, H = ctx.canvas.height
    const layer = canvas(W, H)
    const g = layer.getContext('2d')
    const len = Math.hypot(W, H)
    g.translate(f.tip[0], f.tip[1]); g.rotate(f.angle)
    const grad = g.createLinearGradient(0, -f.width / 2, 0, f.width / 2)
    const [r, gg, b] = f.skin
    grad.addColorStop(0, 'rgb(' + [r * 0.72, gg * 0.7, b * 0.7].map(Math.round).join(',') + ')')
    grad.addColorStop(0.45, 'rgb(' + f.skin.join(',') + ')')
    grad.addColorStop(1, 'rgb(' + [r * 0.66, gg * 0.62, b * 0.62].map(Math.round).join(',') + ')')
    g.fillStyle = grad
    g.beginPath(); g.roundRect(0, -f.width / 2, len, f.width, f.width / 2); g.fill()
    g.fillStyle = 'rgba(255,235,225,0.45)'
    g.beginPath(); g.ellipse(f.width * 0.55, 0, f.width * 0.4, f.width * 0.3, 0, 0, Math.PI * 2); g.fill()
    ctx.save(); ctx.filter = 'blur(' + f.blur + 'px)'; ctx.drawImage(layer, 0, 0); ctx.restore()
  }

  /** Lighting (gain × linear gradient), colour cast, then a clipped colourless glare spot. */
  function light(c, L) {
    const ctx = c.getContext('2d')
    const W = c.width, H = c.height
    const img = ctx.getImageData(0, 0, W, H)
    const d = img.data
    const [gx, gy] = [Math.cos(L.gradientAngle), Math.sin(L.gradientAngle)]
    const half = (Math.abs(gx) * W + Math.abs(gy) * H) / 2
    const gl = L.glare
    const cosA = gl ? Math.cos(gl.angle) : 0, sinA = gl ? Math.sin(gl.angle) : 0
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const t = ((x - W / 2) * gx + (y - H / 2) * gy) / half
        const m = L.gain * (1 + L.gradient * t)
        const i = (y * W + x) * 4
        let add = 0
        if (gl) {
          const dx = x - gl.x, dy = y - gl.y
          const ex = (dx * cosA + dy * sinA) / gl.rx, ey = (-dx * sinA + dy * cosA) / gl.ry
          const r2 = ex * ex + ey * ey
          add = r2 <= 1 ? 400 : 400 * Math.exp(-(Math.sqrt(r2) - 1) * gl.falloff)
        }
        d[i] = d[i] * m * L.cast[0] + add; d[i + 1] = d[i + 1] * m * L.cast[1] + add; d[i + 2] = d[i + 2] * m * L.cast[2] + add
      }
    }
    ctx.putImageData(img, 0, 0)
  }

  function blur(c, B) {
    if (!B) return c
    const out = canvas(c.width, c.height)
    const ctx = out.getContext('2d')
    if (B.kind === 'defocus') {
      ctx.drawImage(c, 0, 0)
      ctx.filter = 'blur(' + B.px + 'px)'; ctx.drawImage(c, 0, 0)
      return out
    }
    // Motion: the running average of copies along the path (alpha 1/(i+1) keeps every copy's weight equal).
    const n = Math.max(2, Math.round(B.px))
    const ca = Math.cos(B.angle), sa = Math.sin(B.angle)
    for (let i = 0; i < n; i++) {
      const s = (i / (n - 1) - 0.5) * B.px
      ctx.globalAlpha = 1 / (i + 1)
      ctx.drawImage(c, s * ca, s * sa)
    }
    return out
  }

  /** Sensor noise: a shared luma part (≈ Gaussian, from a table) and a smaller per-channel (chroma) part. */
  const NOISE_TABLE = (() => {
    const r = rng(99), t = new Float32Array(65536)
    for (let i = 0; i < t.length; i++) t[i] = r() + r() + r() - 1.5
    return t
  })()
  function noise(c, amp, seed) {
    if (!(amp > 0)) return
    const ctx = c.getContext('2d')
    const img = ctx.getImageData(0, 0, c.width, c.height)
    const d = img.data
    let s = (seed >>> 0) || 1
    const ca = amp / 255 * 0.6
    for (let i = 0; i < d.length; i += 4) {
      // One xorshift draw per pixel: 16 bits pick the luma noise, three bytes-ish the chroma.
      s ^= s << 13; s ^= s >>> 17; s ^= s << 5
      const l = NOISE_TABLE[s & 0xffff] * amp
      d[i] += l + (((s >>> 16) & 0xff) - 127.5) * ca
      d[i + 1] += l + (((s >>> 20) & 0xff) - 127.5) * ca * 0.7
      d[i + 2] += l + (((s >>> 24) & 0xff) - 127.5) * ca
    }
    ctx.putImageData(img, 0, 0)
  }

  async function compose(s) {
    const c = window.bankBg.background(s.width, s.height, s.background)
    const ctx = c.getContext('2d')
    if (s.card) {
      const img = await loadImage(s.card.src)
      shadow(ctx, s.card.corners, s.card.shadow)
      warp(ctx, cardTexture(img, s.card.textureWidth, s.card.textureHeight, s.card.corner), s.card.corners, s.card.hInv)
    }
    if (s.finger) finger(ctx, s.finger)
    light(c, s.light)
    const out = blur(c, s.blur)
    noise(out, s.noise, s.seed)
    return out
  }

  /** Composes, rotates by quarter turns (EXIF storage) and encodes; returns base64 without the data: prefix.
   *  'rgba' is the canvas's own pixels, unencoded: what a PNG would hold, without encoding and decoding one. */
  async function render(s, encoding) {
    const scene = await compose(s)
    const stored = encoding.turns ? window.fx.rotate(scene, encoding.turns) : scene
    if (encoding.type === 'rgba') {
      const { data } = stored.getContext('2d').getImageData(0, 0, stored.width, stored.height)
      const url = await new Promise((resolve) => {
        const reader = new FileReader()
        reader.onload = () => resolve(reader.result)
        reader.readAsDataURL(new Blob([data]))
      })
      return url.split(',')[1]
    }
    const url = encoding.type === 'png' ? stored.toDataURL('image/png') : stored.toDataURL('image/jpeg', encoding.quality)
    return url.split(',')[1]
  }
  return { compose, render }
})()
`
