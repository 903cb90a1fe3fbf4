// One drawer per bank at a time, across processes: CI starts drawing the scene bank early, in the background, and
// a test that needs the bank meanwhile waits for that drawing instead of drawing the same bank a second time.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'

const POLL_MS = 1000

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists, it is only someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function holder(lock: string): number | null {
  try {
    const pid = Number(readFileSync(lock, 'utf8'))
    return Number.isInteger(pid) && pid > 0 ? pid : null
  } catch {
    return null
  }
}

/**
 * Takes `lock` (a file holding this process's id), waiting while another live process holds it; a lock left by a
 * process that has died is taken over. `onWait` hears once that it waits, and for whom. Returns the release.
 */
export async function takeBankLock(lock: string, onWait?: (pid: number) => void): Promise<() => void> {
  mkdirSync(dirname(lock), { recursive: true })
  let told = false
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' })
      return () => rmSync(lock, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const pid = holder(lock)
    if (pid !== null && pid !== process.pid && alive(pid)) {
      if (!told) onWait?.(pid)
      told = true
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    } else rmSync(lock, { force: true })
  }
}
