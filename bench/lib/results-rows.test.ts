// The JSON block a results file ends with: what a bench writes `npm run bench` reads back, and the results files
// in the repository (bench:server's, bench:abuse's, bench:records') all read as rows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { readRecordRows } from '../records/record-rows.ts'
import { readResultsRows, rowsBlock } from './results-rows.ts'
import { readServerRows } from './server-rows.ts'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const isNamed = (value: unknown): value is { name: string } =>
  typeof (value as { name?: unknown } | null)?.name === 'string'
const committed = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))

describe('results rows', () => {
  it('are read back as written, with the date they were measured; a missing or broken block says which', () => {
    const dir = mkdtempSync(join(tmpdir(), 'results-rows-'))
    dirs.push(dir)
    const path = join(dir, 'results.md')
    expect(readResultsRows(path, isNamed)).toEqual({ problem: 'missing' })
    const rows = [{ name: 'a' }, { name: 'b', extra: 2 }]
    writeFileSync(path, `# x\n\nMeasured 2026-12-07T18:00:00Z by hand.\n\n| table |\n\n${rowsBlock(rows)}\n`)
    expect(readResultsRows(path, isNamed)).toEqual({
      problem: null,
      rows,
      measuredAt: '2026-12-07T18:00:00Z',
    })
    writeFileSync(path, rowsBlock([{ name: 'a' }, { name: 3 }]))
    expect(readResultsRows(path, isNamed)).toEqual({ problem: 'unreadable' })
    writeFileSync(path, '```json\n[{"name": "a"}\n```\n')
    expect(readResultsRows(path, isNamed)).toEqual({ problem: 'unreadable' })
  })

  it('of every committed results file are read by `npm run bench`, each tagged with its command', () => {
    const server = readServerRows(committed('server/results.md'))
    const abuse = readServerRows(committed('server/abuse-results.md'), {
      file: 'bench/server/abuse-results.md',
      command: 'npm run bench:abuse',
    })
    const records = readRecordRows(committed('records/results.md'))
    for (const [read, tag] of [
      [server, '[bench:server]'],
      [abuse, '[bench:abuse]'],
      [records, '[bench:records]'],
    ] as const) {
      expect(read.rows.length).toBeGreaterThan(0)
      expect(read.rows.every((row) => row.name.endsWith(tag))).toBe(true)
      expect(read.note).toMatch(/measured \d{4}-\d\d-\d\dT/)
    }
  })
})
