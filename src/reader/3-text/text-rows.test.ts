import { describe, expect, it } from 'vitest'
import type { Quad } from '../geometry.ts'
import { groupRows, isUpright } from './text-rows.ts'

const box = (name: string, x0: number, y0: number, x1: number, y1: number) => ({
  name,
  quad: [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ] as Quad,
})
const names = (rows: ReturnType<typeof groupRows<ReturnType<typeof box>>>) =>
  rows.map((row) => row.map((run) => run.boxes.map((b) => b.name)))

describe('groupRows', () => {
  it('puts the words of a row together left to right, whatever order they were detected in, with each gap', () => {
    // the name row of a real HKID-2018 card: one box per word, the first two overlapping a little
    const rows = groupRows([
      box('Ching', 265, 165, 370, 198),
      box('LOK', 52, 166, 165, 194),
      box('Wing', 153, 166, 242, 196),
      box('title', 160, 70, 800, 97),
    ])
    expect(names(rows)).toEqual([[['title']], [['LOK', 'Wing', 'Ching']]])
    const gaps = rows[1]![0]!.gaps
    expect(gaps[0]).toBeLessThan(0)
    expect(gaps[1]).toBeCloseTo((265 - 242) / 32, 1)
  })

  it('keeps a row on one baseline: a box a line lower starts a row of its own', () => {
    const rows = groupRows([box('name', 50, 170, 330, 200), box('codes', 380, 225, 670, 255)])
    expect(names(rows)).toEqual([[['name']], [['codes']]])
  })

  it('cuts a row into runs where fields printed side by side stand far apart', () => {
    const rows = groupRows([box('26-11-18', 390, 530, 595, 562), box('Z691338(2)', 660, 530, 912, 561)])
    expect(rows[0]!.map((r) => r.boxes.map((b) => b.name))).toEqual([['26-11-18', 'Z691338(2)']])
    const far = groupRows([box('date', 100, 530, 300, 562), box('number', 660, 530, 912, 561)])
    expect(far[0]!.map((r) => r.boxes.map((b) => b.name))).toEqual([['date'], ['number']])
  })

  it('leaves print set on end (the vertical SAMPLE marks) out of every row', () => {
    const mark = box('SAMPLE', 17, 146, 40, 188)
    expect(isUpright(mark.quad)).toBe(true)
    const rows = groupRows([mark, box('LAM', 58, 174, 120, 200), box('Yat', 161, 174, 227, 200)])
    expect(names(rows)).toEqual([[['LAM', 'Yat']]])
  })

  it('keeps a small label beside a large date apart: their heights differ too much for one row', () => {
    const rows = groupRows([box('date', 390, 350, 590, 380), box('label', 600, 360, 700, 376)])
    expect(names(rows)).toEqual([[['date']], [['label']]])
  })
})
