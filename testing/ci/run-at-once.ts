// Runs the named npm scripts at the same time (`npm test` puts lint beside typecheck: each keeps one core busy,
// and the CI machine has two). Each script's output is held and printed whole when it ends, so two never
// interleave. Exits non-zero if any failed, once all have ended.
import { spawn } from 'node:child_process'

const scripts = process.argv.slice(2)
if (scripts.length === 0) throw new Error('usage: run-at-once.ts <npm script> [<npm script> …]')

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const children = new Set<ReturnType<typeof spawn>>()
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    for (const child of children) child.kill(signal)
    process.exit(130)
  })

function run(script: string): Promise<boolean> {
  const started = Date.now()
  const child = spawn(npm, ['run', script], { stdio: ['ignore', 'pipe', 'pipe'] })
  children.add(child)
  const output: Buffer[] = []
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk))
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk))
  return new Promise((resolve) => {
    child.on('close', (code) => {
      children.delete(child)
      const seconds = Math.round((Date.now() - started) / 1000)
      process.stdout.write(Buffer.concat(output))
      console.log(`── ${script} ${code === 0 ? 'passed' : 'failed'} in ${seconds} s`)
      resolve(code === 0)
    })
  })
}

const passed = await Promise.all(scripts.map(run))
const failed = scripts.filter((_, i) => !passed[i])
if (failed.length > 0) console.error(`failed: ${failed.join(', ')}`)
process.exit(failed.length > 0 ? 1 : 0)
