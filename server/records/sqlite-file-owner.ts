// One process owns the embedded record store's file: two delivery loops on one file would send each record
// twice and fight over SQLite's lock. node-sqlite3-wasm locks with a `<file>.lock` directory that a crash in
// the middle of a transaction leaves behind; the owner file (our pid) tells such a leftover from a live owner.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

const opened = new Set<string>()
const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, it is someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Refuses a file another live process owns; clears the lock a crashed owner left mid-transaction. */
export function claimStoreFile(path: string): void {
  if (opened.has(path)) throw new Error(`${path} is already open in this process`)
  let owner = 0
  try {
    owner = Number(readFileSync(`${path}.owner`, 'utf8'))
  } catch {
    // no owner yet
  }
  if (owner && owner !== process.pid && alive(owner)) {
    throw new Error(
      `${path} is owned by process ${owner}: one process per record store file (several instances use ` +
        `Redis). If no process of this server runs, delete ${path}.owner`,
    )
  }
  rmSync(`${path}.lock`, { recursive: true, force: true })
  writeFileSync(`${path}.owner`, String(process.pid))
  opened.add(path)
}

export function releaseStoreFile(path: string): void {
  rmSync(`${path}.owner`, { force: true })
  opened.delete(path)
}
