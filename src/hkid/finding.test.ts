import { readFileSync } from 'node:fs'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { z } from 'zod'
import {
  finding,
  findingCodes,
  findingSchema,
  findingSeverityByCode,
  sortFindings,
  type Finding,
  type FindingCode,
} from './finding.ts'

const REVIEW_RULES = new URL('../../docs/review-rules.md', import.meta.url)
const SEVERITY_WORD: Record<string, string> = { error: 'error', warning: 'warning', note: 'info' }

/**
 * Each finding code in the table of checks, with its severity: a "(warning)" after codes names theirs, and
 * codes not followed by one take the row's severity column.
 */
function documentedSeverities(markdown: string): Map<string, string> {
  const section = markdown.split('## The checks, and their sources')[1]?.split('\n## ')[0] ?? ''
  const found = new Map<string, string>()
  for (const line of section.split('\n').filter((row) => row.startsWith('| '))) {
    const [, codesCell = '', severityCell = ''] = line.split(' | ')
    let pending: string[] = []
    for (const [, code, word] of codesCell.matchAll(/`([A-Z][A-Z_]+)`|\((error|warning|note)\)/g)) {
      if (code) {
        pending.push(code)
        continue
      }
      for (const named of pending) found.set(named, SEVERITY_WORD[word!]!)
      pending = []
    }
    const rowWord = /^(error|warning|note)\b/.exec(severityCell)?.[1]
    for (const code of pending) found.set(code, rowWord ? SEVERITY_WORD[rowWord]! : 'none given')
  }
  return found
}

describe('finding', () => {
  it('fills the fixed severity of each code', () => {
    expect(finding('ID_CHECK_DIGIT', 'idNum', { expected: '3', found: '4' })).toEqual({
      code: 'ID_CHECK_DIGIT',
      severity: 'error',
      field: 'idNum',
      params: { expected: '3', found: '4' },
    })
    expect(finding('TELECODE_UNKNOWN', 'telexCode').severity).toBe('info')
    expect(finding('PERMANENT_WITHOUT_A', null).field).toBeNull()
    expect(finding('SEX_INVALID', 'sex').params).toEqual({})
  })

  it('lists the stable codes the brief asks for', () => {
    for (const code of [
      'ID_CHECK_DIGIT',
      'ID_FORMAT',
      'DATE_INVALID',
      'DATE_FUTURE',
      'ISSUE_BEFORE_BIRTH',
      'FIRST_AFTER_CURRENT',
      'PERMANENT_WITHOUT_A',
      'A_WITHOUT_PERMANENT',
      'SYMBOL_UNKNOWN',
      'TELECODE_MISMATCH',
      'TELECODE_UNKNOWN',
      'TELECODE_COUNT',
      'WINDOW_MISMATCH',
      'SEX_INVALID',
      'REQUIRED_FIELD_EMPTY',
      'CARD_VERSION_DATE',
      'OLD_CARD_INVALID',
      'SYMBOL_NOT_ON_SMART_CARD',
    ]) {
      expect(findingCodes).toContain(code)
    }
  })

  it('has the severity docs/review-rules.md gives it, and every code is there', () => {
    const documented = documentedSeverities(readFileSync(REVIEW_RULES, 'utf8'))
    expect(documented.get('ID_CHECK_DIGIT')).toBe('error')
    expect(findingCodes.filter((code) => !documented.has(code))).toEqual([])
    expect(Object.fromEntries(documented)).toEqual(
      Object.fromEntries(
        [...documented.keys()].map((code) => [code, findingSeverityByCode[code as FindingCode]]),
      ),
    )
  })

  it('every finding built by the helper passes the schema', () => {
    for (const code of findingCodes) {
      expect(findingSchema.parse(finding(code, 'idNum', { a: 1, b: 'x' }))).toBeTruthy()
      expect(findingSchema.parse(finding(code, null))).toBeTruthy()
    }
  })

  it('rejects unknown codes, severities, fields and non-scalar params', () => {
    const good = finding('ID_FORMAT', 'idNum', { value: 'x' })
    expect(findingSchema.safeParse({ ...good, code: 'NOPE' }).success).toBe(false)
    expect(findingSchema.safeParse({ ...good, severity: 'fatal' }).success).toBe(false)
    expect(findingSchema.safeParse({ ...good, field: 'passport' }).success).toBe(false)
    expect(findingSchema.safeParse({ ...good, params: { value: true } }).success).toBe(false)
    expect(findingSchema.safeParse({ ...good, params: { value: ['x'] } }).success).toBe(false)
  })

  it('the interface and the schema describe the same shape', () => {
    expectTypeOf<z.infer<typeof findingSchema>>().toEqualTypeOf<Finding>()
  })

  it('sortFindings puts errors first, keeps order within a severity and does not mutate', () => {
    const input = [
      finding('TELECODE_UNKNOWN', 'telexCode', { position: 1 }),
      finding('WINDOW_MISMATCH', 'windowEmbeddedText'),
      finding('DATE_INVALID', 'birthday'),
      finding('TELECODE_UNKNOWN', 'telexCode', { position: 2 }),
      finding('ID_FORMAT', 'idNum'),
    ]
    const copy = [...input]
    expect(sortFindings(input).map((f) => f.code)).toEqual([
      'DATE_INVALID',
      'ID_FORMAT',
      'WINDOW_MISMATCH',
      'TELECODE_UNKNOWN',
      'TELECODE_UNKNOWN',
    ])
    expect(
      sortFindings(input)
        .slice(3)
        .map((f) => f.params.position),
    ).toEqual([1, 2])
    expect(input).toEqual(copy)
  })
})
