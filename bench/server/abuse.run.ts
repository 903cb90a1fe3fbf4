// Issue 25's figures of `npm run bench:server` on their own (`npm run bench:abuse`, a few minutes):
// the reader under mixed load, a 10 s Redis stall under load, the hand-off across instances with Redis 60 ms
// away, and the server's RSS after 40 MP images. Prints the rows and writes bench/server/abuse-results.md;
// a full `npm run bench:server` measures the same and puts the rows in results.md, where `npm run bench` reads them.
import { readFileSync, writeFileSync } from 'node:fs'
import { ensureOcrBank } from '#testing/banks/ocr-bank/make-ocr-bank.ts'
import { rowsBlock } from '../lib/results-rows.ts'
import { abuseRows, renderMixedLoad } from './abuse-rows.ts'
import { measureReaderMixedLoad } from './reader-mixed-load-run.ts'
import { measureHandoffAcrossInstances, measureRedisStall, renderRedisFaults } from './redis-fault-run.ts'
import { renderBudgetRows } from './server-bench-report.ts'
import { startTarget } from './targets.ts'

const log = (line: string) => process.stderr.write(`${line}\n`)
await ensureOcrBank({ log })
const mixed = await measureReaderMixedLoad({ log })
const emulator = await startTarget('emulator')
try {
  log('Redis stalled 10 s under load…')
  const stall = await measureRedisStall(
    emulator.port,
    readFileSync(new URL('../../testing/fixtures/files/specimen-card.jpg', import.meta.url)),
  )
  log('hand-off across two instances, Redis 60 ms away…')
  const handoff = await measureHandoffAcrossInstances(emulator.port)
  const rows = abuseRows(mixed, stall, handoff)
  const text = `${renderMixedLoad(mixed)}\n\n${renderRedisFaults(stall, handoff)}`
  const table = renderBudgetRows(rows)
  console.log(`${table}\n\n${text}`)
  writeFileSync(
    new URL('./abuse-results.md', import.meta.url),
    `# bench:server, issue 25's figures\n\nMeasured ${new Date().toISOString()} by ` +
      `\`npm run bench:abuse\`.\n\n${table}\n\n${text}\n\n${rowsBlock(rows)}\n`,
  )
  if (rows.some((row) => !row.met)) process.exitCode = 1
} finally {
  emulator.child.kill('SIGTERM')
}
