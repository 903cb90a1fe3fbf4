// One line saying what the numbers were measured on: cores, memory, OS, Node and Chromium.
import { existsSync, readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'

function osName(): string {
  const release = '/etc/os-release'
  if (!existsSync(release)) return process.platform
  return /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync(release, 'utf8'))?.[1] ?? process.platform
}

export function machineDescription(chromiumVersion: string): string {
  const memory = `${Math.round(totalmem() / 1024 ** 3)} GiB`
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU'
  return (
    `${cpus().length} cores (${cpu}), ${memory}, ${osName()}, Node ${process.version}, ` +
    `headless Chromium ${chromiumVersion}`
  )
}
