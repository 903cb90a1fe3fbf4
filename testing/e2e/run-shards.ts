// The end-to-end suite as E2E_SHARDS Playwright processes at once (2 unless told, 1 on one core): each shard has
// its own ports (so its own emulator, apps and output dir) and runs one worker, as every test resets its shard's
// emulator. Shards get about equal measured time (shard-balance.ts). The fixtures and banks are prepared once
// first, so the shards' global setups find them cached. Arguments pass through to `playwright test`. Exits
// non-zero if any shard fails. E2E_SHARDS=1 runs the suite as one process.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
// eslint-disable-next-line no-restricted-imports -- the root config has no alias; the shards split its projects
import config from '../../playwright.config.ts'
import globalSetup from './global-setup.ts'
import { balanceShards, measuredSeconds, specRuns, testList } from './shard-balance.ts'
import { E2E_PORT_BASE } from './ports.ts'
import { shardPlan } from './shard-plan.ts'

const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli')
const args = process.argv.slice(2)
// A shard per core, two at most: each shard's browser and apps keep about a core busy.
const count = Number(process.env.E2E_SHARDS ?? Math.min(2, availableParallelism()))
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
  const testDir = resolve(config.testDir ?? 'e2e')
  const specPaths = readdirSync(testDir)
    .filter((name) => name.endsWith('.spec.ts'))
    .map((name) => join(testDir, name))
  const shards = balanceShards(specRuns(config.projects ?? [], specPaths, testDir), count)
  // Per base, so two runs on one machine do not overwrite each other's lists.
  const listDir = resolve(`test-results/shards-${E2E_PORT_BASE}`)
  mkdirSync(listDir, { recursive: true })
  const codes = await Promise.all(
    shardPlan(count, process.env).map(({ index, env }) => {
      const runs = shards[index - 1] ?? []
      const prefix = `[${index}/${count}] `
      const seconds = runs.reduce((sum, run) => sum + measuredSeconds(run), 0)
      console.log(`${prefix}${runs.length} spec runs, about ${seconds} s as measured one at a time`)
      if (runs.length === 0) return Promise.resolve(0)
      const list = join(listDir, `shard-${index}-of-${count}.txt`)
      writeFileSync(list, testList(runs))
      return runShard([`--test-list=${list}`], env, prefix)
    }),
  )
  const failed = codes.flatMap((code, i) => (code === 0 ? [] : [`${i + 1}/${count}`]))
  if (failed.length > 0) console.error(`shard ${failed.join(', ')} failed`)
  process.exit(failed.length > 0 ? 1 : 0)
}
