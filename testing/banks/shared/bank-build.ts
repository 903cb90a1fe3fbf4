// The life cycle both banks share: reuse the bank on disk when its manifest says it was drawn by the current
// code, else draw it into a sibling directory and swap it in, so a reader never sees half a bank.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { ensureGeneratedIgnored, writeAtomic } from './bank-files.ts'
import { takeBankLock } from './bank-lock.ts'

export interface BankBuild<M extends { sourceHash: string }> {
  dir: string
  hash: string
  force?: boolean | undefined
  /** Validates a manifest read from disk (a zod schema's safeParse, say); null when it does not fit */
  parse: (json: unknown) => M | null
  /** Every file a complete bank has, relative to its directory */
  files: (manifest: M) => string[]
  /** Draws the bank into `dir` and returns its manifest */
  draw: (dir: string) => Promise<M>
  /** Told when another process is drawing this bank and this one waits for it */
  log?: ((line: string) => void) | undefined
}

export const MANIFEST = 'manifest.json'

/** What a bank's CLI and its callers may ask for. */
export interface BankOptions {
  /** Redraw even when the bank on disk is fresh */
  force?: boolean
  /** Parallel page pairs in the one browser; 2 suits a 2-core machine */
  lanes?: number
  /** Where to draw it; default testing/.generated/<bank>/ */
  dir?: string
  log?: (line: string) => void
}

/** The manifest if the bank in `dir` was drawn by the code hashed as `hash` and has all its files. */
export function readFreshBank<M extends { sourceHash: string }>(
  dir: string,
  hash: string,
  parse: (json: unknown) => M | null,
  files: (manifest: M) => string[],
): M | null {
  const path = join(dir, MANIFEST)
  if (!existsSync(path)) return null
  let manifest: M | null
  try {
    manifest = parse(JSON.parse(readFileSync(path, 'utf8')))
  } catch {
    return null
  }
  if (!manifest || manifest.sourceHash !== hash) return null
  return files(manifest).every((file) => existsSync(join(dir, file))) ? manifest : null
}

export async function ensureBank<M extends { sourceHash: string }>(
  build: BankBuild<M>,
): Promise<{ manifest: M; drawn: boolean }> {
  const fresh = build.force ? null : readFreshBank(build.dir, build.hash, build.parse, build.files)
  if (fresh) return { manifest: fresh, drawn: false }
  ensureGeneratedIgnored()
  const release = await takeBankLock(`${build.dir}.lock`, (pid) =>
    build.log?.(`waiting for process ${pid}, which is drawing ${build.dir}`),
  )
  try {
    // Another process may have drawn it while this one waited.
    const drawnMeanwhile = build.force ? null : readFreshBank(build.dir, build.hash, build.parse, build.files)
    if (drawnMeanwhile) return { manifest: drawnMeanwhile, drawn: false }
    const building = `${build.dir}.building-${process.pid}`
    rmSync(building, { recursive: true, force: true })
    try {
      const manifest = await build.draw(building)
      writeAtomic(join(building, MANIFEST), JSON.stringify(manifest, null, 1))
      rmSync(build.dir, { recursive: true, force: true })
      renameSync(building, build.dir)
      return { manifest, drawn: true }
    } catch (error) {
      rmSync(building, { recursive: true, force: true })
      throw error
    }
  } finally {
    release()
  }
}
