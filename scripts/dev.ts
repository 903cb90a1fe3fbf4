// `npm run dev`: the endpoint (restarted on change; the local reader reads without keys) and Vite with hot reload,
// which proxies /api to it. Open the URL Vite prints.
import { spawn, type ChildProcess } from 'node:child_process'

const apiPort = process.env.API_PORT ?? '8787'
const children: ChildProcess[] = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'server/node.ts'], {
    stdio: 'inherit',
    env: { ...process.env, PORT: apiPort, HOST: '127.0.0.1' },
  }),
  spawn('npx', ['vite', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, API_PORT: apiPort },
  }),
]

function stop(code = 0) {
  for (const child of children) child.kill('SIGTERM')
  process.exit(code)
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0))
process.on('SIGINT', () => stop())
process.on('SIGTERM', () => stop())
