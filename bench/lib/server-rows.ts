// The endpoint budgets from `npm run bench:server`: read from the JSON block of bench/server/results.md
// (that bench runs on its own; it needs the machine to itself for 20 s per target).
import type { BenchRow } from './bench-row.ts'
import { readResultsRows } from './results-rows.ts'

interface ServerRow {
  name: string
  measured: number
  budget: number
  peer: number | null
  met: boolean
}

const isServerRow = (value: unknown): value is ServerRow => {
  const row = value as Partial<ServerRow> | null
  return (
    typeof row?.name === 'string' &&
    typeof row.measured === 'number' &&
    typeof row.budget === 'number' &&
    typeof row.met === 'boolean'
  )
}

export interface ServerRows {
  rows: BenchRow[]
  /** When bench:server measured them, or why there are none. */
  note: string
}

export function readServerRows(
  path: string,
  { file = 'bench/server/results.md', command = 'npm run bench:server' } = {},
): ServerRows {
  const read = readResultsRows(path, isServerRow)
  if (read.problem) {
    const why =
      read.problem === 'missing'
        ? `does not exist: run \`${command}\`.`
        : 'has no readable JSON block of budget rows.'
    return { rows: [], note: `${file} ${why}` }
  }
  const { measuredAt } = read
  const rows = read.rows.map((row): BenchRow => {
    const unit = /\(MB/.test(row.name) ? 'MB' : /\(ms/.test(row.name) ? 'ms' : 'count'
    const peer = row.peer ?? undefined
    // The latency row's peer is the direct call's p50, a context figure, not what the budget divides by.
    const relative = peer !== undefined && !/added latency/.test(row.name)
    return {
      name: `${row.name} [${command.replace(/^npm run /, '')}]`,
      measured: row.measured,
      unit,
      ...(peer !== undefined
        ? { peer: /vs (.+?) \(/.exec(row.name)?.[1] ?? 'peer', peerMeasured: peer }
        : {}),
      ...(relative ? { ratio: row.measured / peer } : {}),
      budget: `≤ ${row.budget}${unit === 'count' ? '' : ` ${unit}`}`,
      met: row.met,
    }
  })
  return {
    rows,
    note: `Endpoint rows measured ${measuredAt} by \`${command}\` (${file}).`,
  }
}
