import { describe, expect, it } from 'vitest'
import { WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY } from '#src/hkid/card-warnings.ts'
import { CHECKED_WARNINGS, measureCard } from './card-quality.ts'

/** A flat grey card, its left third blown out: blurred, glared and colourless at once. */
function everyFault(width = 428, height = 270) {
  const data = new Uint8Array(width * height * 4).fill(200)
  for (let y = 0; y < height; y++) data.fill(255, y * width * 4, (y * width + Math.floor(width / 3)) * 4)
  return { width, height, data }
}

describe('the warnings the reader says it checked', () => {
  it('are exactly the warnings its measures can give', () => {
    const { warnings } = measureCard(everyFault())
    expect([...warnings].sort()).toEqual([WARN_BLUR, WARN_GLARE, WARN_PHOTOCOPY].sort())
    expect([...CHECKED_WARNINGS].sort()).toEqual([...warnings].sort())
  })
})
