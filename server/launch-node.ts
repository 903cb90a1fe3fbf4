// Production entry (`npm start`, `npm run serve`): runs server/node.ts with the glibc allocator settings of
// allocator-env.ts. They must be in the environment when the process starts, so on glibc without them this
// starts node.ts as a child with them and mirrors its exit; elsewhere (or already set) node.ts runs here.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { hasAllocatorSettings, runsOnGlibc, withAllocatorSettings } from './allocator-env.ts'

const entry = fileURLToPath(new URL('./node.ts', import.meta.url))

if (!runsOnGlibc() || hasAllocatorSettings(process.env)) {
  await import('./node.ts')
} else {
  // The same node and loader flags (tsx's --import) as this process, so the child runs exactly as we would.
  const child = spawn(process.execPath, [...process.execArgv, entry, ...process.argv.slice(2)], {
    env: withAllocatorSettings(process.env),
    stdio: 'inherit',
  })
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => child.kill(signal))
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}
