import { describe, expect, it } from 'vitest'
import { ctcDecode } from './text-recognition.ts'

const CHARSET = ['', 'S', 's', '5']

/** One line of steps, each a probability per class (blank first) */
const output = (steps: number[][]) => ({
  data: Float32Array.from(steps.flat()),
  dims: [1, steps.length, CHARSET.length],
})

describe('ctcDecode runner-up', () => {
  it('keeps the class second to the winner at the step where the winner is strongest', () => {
    const [line] = ctcDecode(
      output([
        [0.9, 0.05, 0.03, 0.02],
        [0.1, 0.5, 0.3, 0.1],
        [0.05, 0.55, 0.15, 0.25],
        [0.9, 0.02, 0.03, 0.05],
      ]),
      CHARSET,
    )
    expect(line!.text).toBe('S')
    const [s] = line!.chars
    expect(s).toMatchObject({ char: 'S', alt: '5' })
    expect(s!.prob).toBeCloseTo(0.55)
    expect(s!.altProb).toBeCloseTo(0.25)
  })

  it('never names the blank as the runner-up', () => {
    const [line] = ctcDecode(output([[0.4, 0.58, 0.01, 0.01]]), CHARSET)
    expect(line!.chars[0]!.alt).not.toBe('')
    expect(line!.chars[0]!.altProb).toBeCloseTo(0.01)
  })
})
