// The photocopy measure (-9102): how far the straightened card's colours stray from its own average colour. A real
// card prints a pink-to-blue gradient, a rainbow band, coloured guilloche and a colour portrait; a photocopy or a
// grey print has none of them. Colour is taken relative to brightness and the card's median colour is removed, so
// the light's cast — which scales every channel — leaves a grey copy grey, bright or shaded, under any lamp.
import type { RgbaImage } from '../reader-image.ts'

/** Long edge of the colour copy: the gradient and the band are broad, and area bins average sensor noise away. */
const COLOUR_EDGE = 160
/** A bin with a channel this bright may be clipped: its colour is the sensor's ceiling, not the card's. */
const CLIPPED = 245
/** The spread is read at this quantile of the bins: a pale card's colour is in its lines, band and portrait. */
const SPREAD_QUANTILE = 0.9

/** One colour bin: two opponent axes (red–green, yellow–blue) as percent of its luminance. */
interface ColourBin {
  redGreen: number
  yellowBlue: number
  clipped: boolean
}

function colourBins(image: RgbaImage): ColourBin[] {
  const scale = Math.min(1, COLOUR_EDGE / Math.max(image.width, image.height))
  const width = Math.max(1, Math.round(image.width * scale))
  const height = Math.max(1, Math.round(image.height * scale))
  const sums = new Float64Array(width * height * 3)
  const counts = new Uint32Array(width * height)
  const { data } = image
  for (let y = 0; y < image.height; y++) {
    const row = Math.min(height - 1, Math.floor((y * height) / image.height)) * width
    for (let x = 0; x < image.width; x++) {
      const bin = row + Math.min(width - 1, Math.floor((x * width) / image.width))
      const p = (y * image.width + x) * 4
      sums[bin * 3] = (sums[bin * 3] ?? 0) + (data[p] ?? 0)
      sums[bin * 3 + 1] = (sums[bin * 3 + 1] ?? 0) + (data[p + 1] ?? 0)
      sums[bin * 3 + 2] = (sums[bin * 3 + 2] ?? 0) + (data[p + 2] ?? 0)
      counts[bin] = (counts[bin] ?? 0) + 1
    }
  }
  const bins: ColourBin[] = []
  for (let i = 0; i < counts.length; i++) {
    const n = Math.max(1, counts[i] ?? 0)
    const r = (sums[i * 3] ?? 0) / n
    const g = (sums[i * 3 + 1] ?? 0) / n
    const b = (sums[i * 3 + 2] ?? 0) / n
    const luma = Math.max(1, 0.299 * r + 0.587 * g + 0.114 * b)
    bins.push({
      redGreen: (100 * (r - g)) / luma,
      yellowBlue: (100 * ((r + g) / 2 - b)) / luma,
      clipped: Math.max(r, g, b) >= CLIPPED,
    })
  }
  return bins
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0
}

/**
 * The colour spread of the card in percent of brightness: about 1 for a grey copy (whatever the light's cast),
 * 7 and more for every drawn card in the OCR bank, 12–35 for the real specimens.
 */
export function colourSpread(card: RgbaImage): number {
  const all = colourBins(card)
  const unclipped = all.filter((bin) => !bin.clipped)
  // a card clipped nearly all over has no colour left to judge: judge what there is
  const bins = unclipped.length >= all.length * 0.1 ? unclipped : all
  const median = (axis: 'redGreen' | 'yellowBlue') =>
    quantile(
      bins.map((bin) => bin[axis]).sort((a, b) => a - b),
      0.5,
    )
  const [castRedGreen, castYellowBlue] = [median('redGreen'), median('yellowBlue')]
  const distances = bins
    .map((bin) => Math.hypot(bin.redGreen - castRedGreen, bin.yellowBlue - castYellowBlue))
    .sort((a, b) => a - b)
  return quantile(distances, SPREAD_QUANTILE)
}
