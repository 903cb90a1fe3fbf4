// Benchmark results as data: every bench contributes rows, and one printer renders them (console + markdown).

export interface BenchRow {
  /** What was measured, e.g. "12 MP photo → JPEG: time vs browser-image-compression" */
  name: string
  /** Our figure */
  measured: number
  /** `kB` is bytes shown in 1000s (docs/budgets.md's KB); `count` and `MB` are plain numbers */
  unit: 'ms' | 'bytes' | 'kB' | 'tasks' | 'px' | 'count' | 'MB' | '%' | 'fps'
  /** What it is compared with, and that figure, when the budget is relative */
  peer?: string
  peerMeasured?: number
  /** measured / peerMeasured */
  ratio?: number
  /** The budget in words, e.g. "≤ 0.6 × peer" or "≤ 1 MiB" */
  budget: string
  met: boolean
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function formatValue(value: number, unit: BenchRow['unit']): string {
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 1 : 0)} ms`
  if (unit === 'kB') return `${(value / 1000).toFixed(1)} KB`
  if (unit === 'MB') return `${value.toFixed(0)} MB`
  if (unit === '%') return `${value.toFixed(1)} %`
  if (unit === 'count') return String(value)
  if (unit === 'fps') return `${value.toFixed(1)} fps`
  if (unit === 'bytes')
    return value >= 1024 * 1024
      ? `${(value / 1024 / 1024).toFixed(2)} MiB`
      : `${(value / 1024).toFixed(0)} KiB`
  return `${value} ${unit}`
}

/** A markdown table (also readable as plain text in a terminal). */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function budgetTable(rows: BenchRow[]): string {
  return markdownTable(
    ['what', 'measured', 'peer', 'ratio', 'budget', 'met'],
    rows.map((row) => [
      row.name,
      formatValue(row.measured, row.unit),
      row.peer ? `${row.peer}: ${formatValue(row.peerMeasured ?? NaN, row.unit)}` : '—',
      row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}×`,
      row.budget,
      row.met ? 'yes' : '**NO**',
    ]),
  )
}
