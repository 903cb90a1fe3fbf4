// docs/errors.md against the one table: every code there with its status, and nothing documented that the
// table does not hold — in every table of the page that has an HTTP column.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { API_ERROR_STATUS, errorCodes, type ErrorCode } from './api-errors.ts'

const ERRORS_MD = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8')

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => cell.trim())

/** [code, status] for every row of every markdown table whose header has both an HTTP and a code column. */
function documentedRows(markdown: string): Array<[code: string, status: number]> {
  const rows: Array<[string, number]> = []
  let columns: { http: number; code: number } | null = null
  for (const line of markdown.split('\n')) {
    if (!line.trim().startsWith('|')) {
      columns = null
      continue
    }
    const row = cells(line)
    if (row.every((cell) => /^-+$/.test(cell))) continue
    if (!columns) {
      const http = row.indexOf('HTTP')
      const code = row.indexOf('code')
      columns = http >= 0 && code >= 0 ? { http, code } : { http: -1, code: -1 }
      continue
    }
    if (columns.http < 0) continue
    const code = /^`([A-Z_]+)`$/.exec(row[columns.code] ?? '')?.[1]
    const status = /^(\d{3})\b/.exec(row[columns.http] ?? '')?.[1]
    rows.push([code ?? `unreadable: ${line}`, Number(status)])
  }
  return rows
}

describe('the error table', () => {
  const documented = documentedRows(ERRORS_MD)

  it('reads the tables of docs/errors.md', () => {
    expect(documented.length).toBeGreaterThan(errorCodes.length)
    expect(
      documentedRows('| what | HTTP | code |\n|---|---|---|\n| x | 429 + `Retry-After` | `BUSY` |'),
    ).toEqual([['BUSY', 429]])
  })

  it('documents every code with the status the table gives it', () => {
    const statusOf = new Map(documented)
    expect(errorCodes.map((code) => [code, statusOf.get(code)])).toEqual(
      errorCodes.map((code) => [code, API_ERROR_STATUS[code]]),
    )
  })

  it('documents no code the table does not hold, nor any other status for one', () => {
    const wrong = documented.filter(([code, status]) => API_ERROR_STATUS[code as ErrorCode] !== status)
    expect(wrong).toEqual([])
  })
})
