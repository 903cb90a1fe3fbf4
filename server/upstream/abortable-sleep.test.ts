import { getEventListeners } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { abortableSleep } from './abortable-sleep.ts'

describe('abortableSleep', () => {
  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController()
    controller.abort(new Error('gone'))
    // With the clock frozen, only a rejection that needs no timer can settle.
    vi.useFakeTimers()
    try {
      await expect(abortableSleep(2000, controller.signal)).rejects.toThrow('gone')
    } finally {
      vi.useRealTimers()
    }
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it('rejects when aborted while waiting', async () => {
    const controller = new AbortController()
    const sleeping = abortableSleep(2000, controller.signal)
    setTimeout(() => controller.abort(new Error('cut')), 10)
    await expect(sleeping).rejects.toThrow('cut')
  })

  it('removes its abort listener once the timer fires', async () => {
    const signal = new AbortController().signal
    for (let i = 0; i < 5; i++) await abortableSleep(1, signal)
    expect(getEventListeners(signal, 'abort')).toHaveLength(0)
  })
})
