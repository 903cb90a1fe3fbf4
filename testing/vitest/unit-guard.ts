// Setup of the `unit` Vitest project: a unit test starts no process, thread or socket. Each way to start one
// throws instead, so a test that needs a server, Redis, a browser or a worker must say so by its name.
import childProcess from 'node:child_process'
import { syncBuiltinESMExports } from 'node:module'
import net from 'node:net'
import workerThreads from 'node:worker_threads'

const RULE = 'unit tests start no processes/sockets: name it *.integration.test.ts'

function refuse(what: string): never {
  throw new Error(`${what}: ${RULE}`)
}

const refused = (what: string) => () => refuse(what)

for (const name of ['spawn', 'spawnSync', 'fork', 'exec', 'execSync', 'execFile', 'execFileSync'] as const)
  Object.assign(childProcess, { [name]: refused(`child_process.${name}`) })
Object.assign(net, {
  connect: refused('net.connect'),
  createConnection: refused('net.createConnection'),
})
net.Server.prototype.listen = refused('net.Server.listen')
net.Socket.prototype.connect = refused('net.Socket.connect')
Object.assign(workerThreads, {
  Worker: class {
    constructor() {
      refuse('new Worker')
    }
  },
})
// Native addons (onnxruntime-node's models, redis' none, Chromium's none) load through dlopen.
process.dlopen = refused('process.dlopen (a native addon)')
// `import { spawn } from 'node:child_process'` sees the replacements too.
syncBuiltinESMExports()
