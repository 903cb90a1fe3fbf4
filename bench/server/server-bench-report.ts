// Budget rows (DESIGN §5) and the printed/markdown tables of the server benchmark. Rows are data
// ({ name, measured, budget, ratio, peer, met }) so a later issue can merge them with other benches.

export interface RunFigures {
  name: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  completed: number
  non2xx: number
  transportErrors: number
  statusCounts: Record<string, number>
  cpuMsPerRequest: number
  rssBeforeMb: number
  rssAfterMb: number
  heapBeforeMb: number
  heapAfterMb: number
}

export interface BudgetRow {
  name: string
  measured: number
  budget: number
  /** measured ÷ peer where there is a peer, else measured ÷ budget */
  ratio: number
  peer: number | null
  met: boolean
}

/** RSS right after a load run (post-GC) may stay this much above its pre-run baseline. */
const RSS_SLACK = 1.25

const round = (value: number, digits = 3) => Number(value.toFixed(digits))

/** Errors other than the documented 429s (BUSY / RATE_LIMITED). */
function undocumentedErrors(run: RunFigures): number {
  const non2xx = Object.entries(run.statusCounts)
    .filter(([code]) => !code.startsWith('2') && code !== '429')
    .reduce((sum, [, count]) => sum + count, 0)
  return non2xx + run.transportErrors
}

export function budgetRows(runs: { direct: RunFigures; ours: RunFigures; sdk: RunFigures }): BudgetRow[] {
  const { direct, ours, sdk } = runs
  const addedP50 = ours.p50Ms - direct.p50Ms
  const cpuRatio = ours.cpuMsPerRequest / sdk.cpuMsPerRequest
  const rssRatio = ours.rssAfterMb / ours.rssBeforeMb
  return [
    {
      name: 'endpoint added latency p50 vs direct (ms), 1 MB',
      measured: round(addedP50, 1),
      budget: 5,
      ratio: round(addedP50 / 5),
      peer: direct.p50Ms,
      met: addedP50 <= 5,
    },
    {
      name: 'endpoint CPU per request vs official-SDK proxy (ms)',
      measured: round(ours.cpuMsPerRequest),
      budget: round(0.67 * sdk.cpuMsPerRequest),
      ratio: round(cpuRatio),
      peer: round(sdk.cpuMsPerRequest),
      met: cpuRatio <= 0.67,
    },
    {
      name: 'endpoint errors other than documented 429s',
      measured: undocumentedErrors(ours),
      budget: 0,
      ratio: undocumentedErrors(ours),
      peer: null,
      met: undocumentedErrors(ours) === 0,
    },
    {
      name: `endpoint RSS after run vs before (MB, ≤ ${RSS_SLACK}×)`,
      measured: round(ours.rssAfterMb, 1),
      budget: round(ours.rssBeforeMb * RSS_SLACK, 1),
      ratio: round(rssRatio),
      peer: round(ours.rssBeforeMb, 1),
      met: rssRatio <= RSS_SLACK,
    },
  ]
}

function grid(header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => row[i]!.length)))
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}

function markdownTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
}

export function renderResults(
  runs: RunFigures[],
  rows: BudgetRow[],
  setup: { seconds: number; connections: number; imageBytes: number },
): { table: string; markdown: string } {
  const runHeader = [
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    'done',
    'non-2xx',
    'errors',
    'CPU ms/req',
    'RSS MB before→after',
    'heap MB before→after',
  ]
  const runRows = runs.map((run) => [
    run.name,
    run.requestsPerSecond.toFixed(1),
    String(run.p50Ms),
    String(run.p99Ms),
    String(run.completed),
    String(run.non2xx),
    String(run.transportErrors),
    run.cpuMsPerRequest.toFixed(3),
    `${run.rssBeforeMb.toFixed(0)}→${run.rssAfterMb.toFixed(0)}`,
    `${run.heapBeforeMb.toFixed(0)}→${run.heapAfterMb.toFixed(0)}`,
  ])
  const budgetHeader = ['budget', 'measured', 'budget', 'ratio', 'peer', 'met']
  const budgetCells = rows.map((row) => [
    row.name,
    String(row.measured),
    String(row.budget),
    String(row.ratio),
    row.peer === null ? '—' : String(row.peer),
    row.met ? 'yes' : 'NO',
  ])
  const setupLine = `${setup.imageBytes / 2 ** 20} MB image, ${setup.connections} connections, ${setup.seconds} s per target; CPU, RSS and heap are the target process's own (process.cpuUsage / memoryUsage, after GC for RSS/heap).`
  const table = `${grid(runHeader, runRows)}\n\n${grid(budgetHeader, budgetCells)}`
  const markdown = [
    '# bench:server results',
    '',
    `Measured ${new Date().toISOString()} by \`npm run bench:server\`. ${setupLine}`,
    '',
    markdownTable(runHeader, runRows),
    '',
    markdownTable(budgetHeader, budgetCells),
    '',
    '```json',
    JSON.stringify(rows, null, 2),
    '```',
    '',
  ].join('\n')
  return { table, markdown }
}
