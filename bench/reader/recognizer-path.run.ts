// `npm run bench:recognizer-path`: the recognizer-path comparison alone (a section of `npm run bench`).
import { budgetTable } from '../lib/bench-row.ts'
import { runRecognizerPathBench } from './recognizer-path-bench.ts'

const runs = Math.max(3, Number(process.env.BENCH_RUNS ?? 9))
const result = await runRecognizerPathBench(runs, (line) => process.stderr.write(`${line}\n`))
console.log(budgetTable(result.rows))
console.log(result.detail)
