// The Redis fault rows of `npm run bench:server` on their own (`npx tsx bench/server/redis-fault.run.ts`):
// prints them, writes nothing.
import { readFileSync } from 'node:fs'
import { measureHandoffAcrossInstances, measureRedisStall, renderRedisFaults } from './redis-fault-run.ts'
import { startTarget } from './targets.ts'

const card = readFileSync(new URL('../../testing/fixtures/files/specimen-card.jpg', import.meta.url))
const emulator = await startTarget('emulator')
try {
  const stall = await measureRedisStall(emulator.port, card)
  const handoff = await measureHandoffAcrossInstances(emulator.port)
  console.log(renderRedisFaults(stall, handoff))
  if (stall.slowerThan3s > 0 || stall.forgotten > 0 || handoff.lost > 0) process.exitCode = 1
} finally {
  emulator.child.kill('SIGTERM')
}
