// Where the banks live (gitignored, under testing/.generated/) and when they are stale: a bank records a hash of
// the code that drew it, and is redrawn when that code changes, so a bench never measures a bank older than its
// generator. Content hashes rather than mtimes: a fresh checkout of the same code need not redraw anything.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { GENERATED_DIR } from '#testing/fixtures/fixture-files.ts'

const HERE = dirname(fileURLToPath(import.meta.url))
export const REPO_ROOT = resolve(HERE, '../../..')
export const BANKS_DIR = GENERATED_DIR

/** The code every bank is drawn by: card drawing, shared scene code and the tables the cards use. */
export const SHARED_SOURCES = [
  'testing/cards',
  'testing/banks/shared',
  'testing/browser/chromium.ts',
  'src/hkid/telecode-data/telecodes.ts',
  'src/hkid/telecode-table.ts',
  'src/hkid/hkid-number.ts',
  'server/emulator/specimen-card.ts',
  'src/hkid/id1-card.ts',
  'src/hkid/portrait-layout.ts',
]

/** Source files (not tests) under the given repo-relative paths, sorted. */
function sourceFiles(paths: readonly string[]): string[] {
  const files: string[] = []
  const walk = (abs: string) => {
    if (!existsSync(abs)) return
    if (abs.endsWith('.ts')) {
      if (!abs.endsWith('.test.ts')) files.push(abs)
      return
    }
    if (/\.\w+$/.test(abs)) return
    for (const entry of readdirSync(abs)) walk(join(abs, entry))
  }
  for (const p of paths) walk(join(REPO_ROOT, p))
  return [...new Set(files)].sort()
}

/** sha256 over the named sources (path and content) and the generator's options. */
export function sourceHash(paths: readonly string[], options: unknown): string {
  const hash = createHash('sha256')
  for (const file of sourceFiles(paths)) {
    hash.update(relative(REPO_ROOT, file)).update('\0').update(readFileSync(file)).update('\0')
  }
  hash.update(JSON.stringify(options))
  return hash.digest('hex').slice(0, 16)
}

/** Writes through a temporary file and a rename, so a concurrent reader never sees half a file. */
export function writeAtomic(path: string, data: Uint8Array | string): void {
  mkdirSync(dirname(path), { recursive: true })
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`
  writeFileSync(tmp, data)
  renameSync(tmp, path)
}

/** Keeps testing/.generated out of git even where the root .gitignore is not in effect. */
export function ensureGeneratedIgnored(): void {
  const ignore = join(GENERATED_DIR, '.gitignore')
  if (!existsSync(ignore)) writeAtomic(ignore, '# generated test files\n*\n')
}
