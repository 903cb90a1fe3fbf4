import { describe, expect, it } from 'vitest'
import { waitingNoteTimes } from './waiting-notes.ts'

const at = (deadline: number) =>
  Object.fromEntries(waitingNoteTimes(deadline).map(({ note, atMs }) => [note, atMs]))

describe('waitingNoteTimes', () => {
  it('with the default 10 s deadline: a note at 3 s, another at 8 s, the connection only after 10 s', () => {
    expect(at(10_000)).toEqual({ early: 3_000, late: 8_000, connection: 12_000 })
  })

  it('follows the server’s deadline: every note before it but the connection’s, which comes after', () => {
    for (const deadline of [1_000, 4_000, 20_000, 60_000]) {
      const { early, late, connection } = at(deadline)
      expect(early).toBeLessThan(late!)
      if (deadline >= 4_000) expect(late).toBeLessThan(deadline)
      expect(connection).toBeGreaterThan(deadline)
    }
    expect(at(20_000)).toEqual({ early: 5_000, late: 16_000, connection: 22_000 })
  })

  it('never says anything in the first 1.5 s, however short the deadline', () => {
    expect(at(1_000).early).toBe(1_500)
    expect(at(1_000).late).toBe(2_500)
  })
})
