// A bench that runs on its own (bench:server, bench:abuse, bench:records) ends its results file with its rows as
// a JSON block, and `npm run bench` reads them back from it: one writer and one reader of that block.
import { existsSync, readFileSync } from 'node:fs'

/** The block a results file ends with. */
export const rowsBlock = (rows: readonly unknown[]): string =>
  ['```json', JSON.stringify(rows, null, 2), '```'].join('\n')

export type ReadRows<Row> =
  { problem: null; rows: Row[]; measuredAt: string } | { problem: 'missing' | 'unreadable' }

/** The rows of a results file's JSON block, when every one is a `Row`, and when they were measured. */
export function readResultsRows<Row>(path: string, isRow: (value: unknown) => value is Row): ReadRows<Row> {
  if (!existsSync(path)) return { problem: 'missing' }
  const text = readFileSync(path, 'utf8')
  const json = /```json\n([\s\S]*?)\n```/.exec(text)?.[1]
  let parsed: unknown
  try {
    parsed = json ? JSON.parse(json) : undefined
  } catch {
    parsed = undefined
  }
  if (!Array.isArray(parsed) || !parsed.every(isRow)) return { problem: 'unreadable' }
  return { problem: null, rows: parsed, measuredAt: /Measured (\S+)/.exec(text)?.[1] ?? 'an unknown date' }
}
