import { describe, expect, it } from 'vitest'
import { advanceRun, secondsLeft } from './auto-capture.ts'
import { guidanceFor } from './guidance.ts'

const base = { available: true, run: 0, autoCapture: true, steadyFrames: 10, frameMs: 100 }

describe('auto-capture run', () => {
  it('fires only after the full run of good frames, and any issue starts again', () => {
    let run = 0
    for (let i = 1; i < 10; i++) {
      const step = advanceRun(run, [], 10)
      expect(step.fire).toBe(false)
      run = step.run
    }
    expect(advanceRun(run, ['glare'], 10)).toEqual({ run: 0, fire: false })
    expect(advanceRun(run, [], 10)).toEqual({ run: 10, fire: true })
  })

  it('counts down in whole seconds, never below one', () => {
    expect(secondsLeft(0, 20, 100)).toBe(2)
    expect(secondsLeft(19, 20, 100)).toBe(1)
    expect(secondsLeft(25, 20, 100)).toBe(1)
  })
})

describe('guidance', () => {
  it('says the most pressing issue first, in the issue colour', () => {
    expect(guidanceFor({ ...base, issues: ['dark', 'blur'] })).toMatchObject({ key: 'dark', tone: 'issue' })
  })

  it('shows the countdown cue only while auto-capture is on', () => {
    expect(guidanceFor({ ...base, issues: [], run: 5 })).toEqual({
      key: 'ready',
      tone: 'ready',
      progress: 0.5,
      seconds: 1,
      stall: null,
    })
    expect(guidanceFor({ ...base, issues: [], run: 5, autoCapture: false })).toMatchObject({
      key: 'readyManual',
      progress: null,
    })
  })

  it('says what holds a stalled auto-capture, and nothing of it once the user shoots by hand', () => {
    expect(guidanceFor({ ...base, issues: ['glare'], stall: 'glare' })).toMatchObject({
      key: 'glare',
      stall: 'glare',
    })
    expect(guidanceFor({ ...base, issues: ['glare'], stall: 'glare', autoCapture: false }).stall).toBeNull()
  })

  it('says when the meter is not running yet or cannot run', () => {
    expect(guidanceFor({ ...base, issues: null }).key).toBe('measuring')
    expect(guidanceFor({ ...base, issues: null, available: false }).key).toBe('meterUnavailable')
  })
})
