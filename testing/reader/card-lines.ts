// Hand-written recognised lines for the field-extraction tests: text at a place on the card, every character
// read with the same probability unless one is given per character.
import type { CardLine } from '#src/reader/3-text/read-card-text.ts'

export function cardLine(
  text: string,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  prob = 0.99,
): CardLine {
  const chars = Array.from(text).map((char, i) => ({ char, prob, start: 2 * i, end: 2 * i }))
  return {
    text,
    chars,
    confidence: prob,
    steps: chars.length * 2,
    contentShare: 1,
    detectionScore: 0.9,
    box: [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
    ],
  }
}
