// The meter on the real specimens as a webcam sees them, alone: `npx tsx bench/capture/specimen-meter.run.ts`.
import { budgetTable } from '../lib/bench-row.ts'
import { specimenRows, specimenVerdicts } from './specimen-meter-bench.ts'

const verdicts = specimenVerdicts((v) =>
  console.error(
    `  ${v.file} ${v.label}: sharpness ${v.sharpness.toFixed(0)}, evenness ${v.evenness.toFixed(2)}, ` +
      `issues ${v.issues.join(', ') || 'none'}`,
  ),
)
console.log(budgetTable(specimenRows(verdicts)))
