import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { takeBankLock } from './bank-lock.ts'

const dir = mkdtempSync(join(tmpdir(), 'bank-lock-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('takeBankLock', () => {
  it('takes a free lock with this process id and frees it on release', async () => {
    const lock = join(dir, 'free.lock')
    const release = await takeBankLock(lock)
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid))
    release()
    expect(existsSync(lock)).toBe(false)
  })

  it('takes over a lock left by a process that no longer exists', async () => {
    const lock = join(dir, 'stale.lock')
    // Above Linux's largest pid (2^22): no such process.
    writeFileSync(lock, String(2 ** 22 + 7))
    const waited: number[] = []
    const release = await takeBankLock(lock, (pid) => waited.push(pid))
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid))
    expect(waited).toEqual([])
    release()
  })

  it('waits while a live process holds it, and takes it once that one lets go', async () => {
    const lock = join(dir, 'held.lock')
    writeFileSync(lock, String(process.ppid))
    const waited: number[] = []
    let taken = false
    const taking = takeBankLock(lock, (pid) => waited.push(pid)).then((release) => {
      taken = true
      return release
    })
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(taken).toBe(false)
    expect(waited).toEqual([process.ppid])
    rmSync(lock)
    const release = await taking
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid))
    release()
  })
})
