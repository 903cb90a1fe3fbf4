// Runs one contender over one set in a child process (read-bank.ts), so each has its own peak memory.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BenchSet } from './bench-sets.ts'
import type { BankRun, Contender } from './read-bank.ts'

export function runContender(contender: Contender, set: BenchSet, limit: string | undefined): BankRun {
  const script = fileURLToPath(new URL('./read-bank.ts', import.meta.url))
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))
  const dir = mkdtempSync(join(tmpdir(), 'reader-bench-'))
  const out = join(dir, `${contender}.json`)
  try {
    execFileSync(tsx, [script, contender, set, out, ...(limit ? [limit] : [])], {
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    return JSON.parse(readFileSync(out, 'utf8')) as BankRun
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
