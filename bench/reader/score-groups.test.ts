import { describe, expect, it } from 'vitest'
import { readerFieldNames, type ReaderFieldName } from '#src/reader/local-reading.ts'
import type { Reading } from './score-readings.ts'
import {
  bankGroup,
  designOf,
  fieldsRight,
  flaggedRight,
  mergeGroups,
  p50,
  scoreGroups,
  type ScoredItem,
} from './score-groups.ts'

const truth = {
  CnName: '李智能',
  EnName: 'LEE, Chi Nan',
  TelexCode: '2621 2535 5174',
  Sex: '女F',
  Birthday: '01-01-1968',
  Permanent: 1,
  IdNum: 'C668668(E)',
  Symbol: '***AZ',
  FirstIssueDate: '(01-79)',
  CurrentIssueDate: '15-09-03',
  WindowEmbeddedText: '',
  HKIDVersion: 'HKID-2003',
} as const

const item = (id: string, group: string, obscured: ReaderFieldName[] = []): ScoredItem => ({
  id,
  group,
  truth,
  obscured,
})

function reading(
  change: Partial<Record<ReaderFieldName, string | number>>,
  uncertain: ReaderFieldName[],
  ms = 100,
): Reading {
  return { fields: { ...truth, ...change }, uncertain, unconfirmedChars: 0, ms }
}

describe('scoring the bench by rows', () => {
  it('counts right, right-but-flagged and sure-and-wrong fields apart', () => {
    const [g] = scoreGroups(
      [item('a', 'crops')],
      [reading({ EnName: 'LEE, Chi', IdNum: '' }, ['IdNum', 'Birthday'])],
    )
    expect(g).toMatchObject({ cards: 1, fields: 12, right: 10, rightFlagged: 1, sureWrong: 1, errors: 0 })
    expect(g!.misses).toEqual([
      'a EnName: "LEE, Chi" ≠ "LEE, Chi Nan" (SURE)',
      'a IdNum: "" ≠ "C668668(E)" (flagged)',
    ])
    expect(fieldsRight(g!)).toBeCloseTo((100 * 10) / 12)
    expect(flaggedRight(g!)).toBeCloseTo(10)
  })

  it('does not count an obscured field, right or wrong', () => {
    const [g] = scoreGroups(
      [item('a', 'crops', ['FirstIssueDate'])],
      [reading({ FirstIssueDate: '(09-99)' }, [])],
    )
    expect(g).toMatchObject({ fields: 11, right: 11, sureWrong: 0 })
  })

  it('counts a reading that failed as every field wrong but flagged, never sure', () => {
    const failed: Reading = { fields: null, uncertain: [], unconfirmedChars: 0, ms: 50, error: 'NoHKIDCard' }
    const [g] = scoreGroups([item('a', 'photos')], [failed])
    expect(g).toMatchObject({ fields: 12, right: 0, sureWrong: 0, errors: 1 })
    expect(g!.misses[0]).toContain('[NoHKIDCard]')
  })

  it('keeps groups apart in the order they first appear, and merges them into a set total', () => {
    const groups = scoreGroups(
      [item('a', 'photos'), item('b', 'crops'), item('c', 'photos')],
      [reading({}, [], 300), reading({ Sex: '男M' }, [], 100), reading({}, [], 200)],
    )
    expect(groups.map((g) => [g.group, g.cards, g.sureWrong])).toEqual([
      ['photos', 2, 0],
      ['crops', 1, 1],
    ])
    expect(p50(groups[0]!)).toBe(200)
    const all = mergeGroups('all', groups)
    expect(all).toMatchObject({ group: 'all', cards: 3, fields: 36, right: 35, sureWrong: 1 })
    expect(all.times).toHaveLength(3)
  })

  it('refuses readings that do not pair with the items', () => {
    expect(() => scoreGroups([item('a', 'x')], [])).toThrow()
  })
})

describe('the OCR bank’s rows', () => {
  it('treats an item with no design as drawn, and a real-like one as its own row per generation', () => {
    expect(designOf({})).toBe('drawn')
    expect(designOf({ design: 'real-like' })).toBe('real-like')
    const rows = [
      { truth: { HKIDVersion: 'HKID-2018' } },
      { design: 'real-like', truth: { HKIDVersion: 'HKID-2018' } },
      { design: 'real-like', truth: { HKIDVersion: 'HKID-2003' } },
      { design: 'drawn', truth: { HKIDVersion: 'HKID-2018' } },
    ].map(bankGroup)
    expect(rows).toEqual([
      'drawn design, HKID-2018',
      'real-like design, HKID-2018',
      'real-like design, HKID-2003',
      'drawn design, HKID-2018',
    ])
  })

  it('covers every reader field', () => {
    expect(Object.keys(truth).sort()).toEqual([...readerFieldNames].sort())
  })
})
