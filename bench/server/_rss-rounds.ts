// scratch: N short rounds against our proxy, memory trend per round
import { fork, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import type { TargetSnapshot } from './bench-target.ts'

const ROUNDS = Number(process.env.ROUNDS ?? 8)
const SECONDS = Number(process.env.SECS ?? 8)
const HEAPSNAP = process.env.HEAPSNAP === '1'
function start(kind: string, port = 0, extraEnv: Record<string, string> = {}) {
  const child = fork(new URL('./bench-target.ts', import.meta.url).pathname, [kind, String(port)], {
    execArgv: ['--import', 'tsx', '--expose-gc', ...(HEAPSNAP ? ['--heapsnapshot-signal=SIGUSR2', '--diagnostic-dir=/tmp/heapsnaps'] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    env: { ...process.env, ...extraEnv },

  })
  const snapshot = () =>
    new Promise<TargetSnapshot>((resolve) => {
      const on = (m: TargetSnapshot) => {
        if (m.type !== 'snapshot') return
        child.off('message', on)
        resolve(m)
      }
      child.on('message', on)
      child.send({ type: 'snapshot', gc: true })
    })
  return new Promise<{ child: ChildProcess; port: number; snapshot: typeof snapshot }>((resolve) => {
    child.on('message', (m: { type: string; port?: number }) => {
      if (m.type === 'ready') resolve({ child, port: m.port!, snapshot })
    })
  })
}
const card = readFileSync(new URL('../../e2e/fixtures/specimen-card.jpg', import.meta.url))
const image = Buffer.concat([card, Buffer.alloc(1024 * 1024 - card.length, 0)])
const emulator = await start('emulator', 0, {})
const env: Record<string, string> = {}
for (const k of ['MALLOC_ARENA_MAX', 'MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_'])
  if (process.env['P_' + k]) env[k] = process.env['P_' + k]!
const ours = await start('ours', emulator.port, env)
const url = `http://127.0.0.1:${ours.port}/api/hkid/recognize?portraits=0`
const load = (s: number, c: number) =>
  autocannon({ url, method: 'POST', body: image, headers: { 'Content-Type': 'image/jpeg' }, connections: c, duration: s, timeout: 30 })
const mb = (b: number) => (b / 2 ** 20).toFixed(1)
const show = (label: string, s: TargetSnapshot) =>
  console.log(`${label}\trss ${mb(s.rssBytes)}\theap ${mb(s.heapUsedBytes)}\text ${mb(s.externalBytes)}\tab ${mb(s.arrayBufferBytes)}\treq ${s.requests}\t${JSON.stringify(s.resources)}`)
console.log('env', JSON.stringify(env))
await load(3, 10)
await new Promise((r) => setTimeout(r, 2000))
show('base', await ours.snapshot())
for (let i = 1; i <= ROUNDS; i++) {
  const r = await load(SECONDS, 50)
  await new Promise((r) => setTimeout(r, 2000))
  const s = await ours.snapshot()
  show(`r${i} (${r.requests.total} ok, ${r.non2xx} non2xx, ${r.errors} err)`, s)
  if (HEAPSNAP && (i === 2 || i === ROUNDS)) {
    ours.child.kill('SIGUSR2')
    await new Promise((r) => setTimeout(r, 8000))
  }
}
emulator.child.kill()
ours.child.kill()
