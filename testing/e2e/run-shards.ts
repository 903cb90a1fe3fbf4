// The end-to-end suite as E2E_SHARDS Playwright processes at once (2 unless told): each shard has its own ports
// (so its own emulator, apps and output dir) and runs one worker, as every test resets its shard's emulator.
// The fixtures and banks are prepared once first, so the shards' global setups find them cached. Arguments pass
// through to `playwright test`. Exits non-zero if any shard fails. E2E_SHARDS=1 runs the suite as one process.
import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { createInterface } from 'node:readline'
import globalSetup from './global-setup.ts'
import { shardPlan } from './shard-plan.ts'

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli')
const args = process.argv.slice(2)
const count = Number(process.env.E2E_SHARDS ?? 2)
if (!Number.isInteger(count) || count < 1) throw new Error(`E2E_SHARDS must be a whole number ≥ 1: ${count}`)

const children = new Set<ChildProcess>()
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const child of children) child.kill(signal)
    process.exit(130)
  })

/** Lines of a child's stream, each with the shard's prefix (whole lines, so shards never interleave mid-line). */
function relay(stream: NodeJS.ReadableStream, out: NodeJS.WriteStream, prefix: string) {
  createInterface({ input: stream }).on('line', (line) => out.write(`${prefix}${line}\n`))
}

function runShard(shardArgs: string[], env: NodeJS.ProcessEnv, prefix: string): Promise<number> {
  const started = Date.now()
  const child = spawn(process.execPath, [playwrightCli, 'test', ...shardArgs, ...args], {
    env,
    stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  })
  children.add(child)
  if (prefix && child.stdout && child.stderr) {
    relay(child.stdout, process.stdout, prefix)
    relay(child.stderr, process.stderr, prefix)
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      children.delete(child)
      const seconds = Math.round((Date.now() - started) / 1000)
      console.log(`${prefix}playwright ${code === 0 ? 'passed' : 'failed'} in ${seconds} s`)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

if (count === 1) {
  process.exit(await runShard([], process.env, ''))
} else {
  await globalSetup()
  const codes = await Promise.all(
    shardPlan(count, process.env).map(({ index, env }) =>
      runShard([`--shard=${index}/${count}`], env, `[${index}/${count}] `),
    ),
  )
  const failed = codes.flatMap((code, i) => (code === 0 ? [] : [`${i + 1}/${count}`]))
  if (failed.length > 0) console.error(`shard ${failed.join(', ')} failed`)
  process.exit(failed.length > 0 ? 1 : 0)
}
