// Bundle budget: the JS and CSS the entry loads before anything else (from Vite's manifest), each file
// gzipped at level 9 (as `gzip -9`), against onfido-sdk-ui 13.8.7's dist/onfido.min.js measured the same way
// from its registry tarball. KB here is 1000 bytes, as in docs/budgets.md (onfido's file: 485 KB gzip).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { type BenchRow, markdownTable } from '../lib/bench-row.ts'

const BUDGET_BYTES = 120_000
const PEER = 'onfido-sdk-ui@13.8.7'
const PEER_FILE = 'package/dist/onfido.min.js'

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}
type Manifest = Record<string, ManifestChunk>

interface SizedFile {
  file: string
  kind: 'initial JS' | 'initial CSS' | 'lazy JS' | 'worker JS'
  bytes: number
  gzip: number
}

const gzipSize = (data: Buffer) => gzipSync(data, { level: 9 }).length

/** The entry and every chunk it imports statically, transitively: what the browser loads before rendering. */
export function initialChunks(manifest: Manifest): { js: string[]; css: string[] } {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)
  if (!entry) throw new Error('the Vite manifest has no entry')
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    for (const next of manifest[key]?.imports ?? []) visit(next)
  }
  visit(entry[0])
  const chunks = [...seen].map((key) => manifest[key]!)
  return { js: chunks.map((c) => c.file), css: [...new Set(chunks.flatMap((c) => c.css ?? []))] }
}

function sizeBuild(dist: string): SizedFile[] {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Manifest
  const initial = initialChunks(manifest)
  const assets = readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`)
  return assets
    .filter((file) => file.endsWith('.js') || file.endsWith('.css'))
    .map((file): SizedFile => {
      const data = readFileSync(join(dist, file))
      const kind = initial.js.includes(file)
        ? 'initial JS'
        : initial.css.includes(file)
          ? 'initial CSS'
          : file.includes('.worker-')
            ? 'worker JS'
            : file.endsWith('.css')
              ? 'initial CSS'
              : 'lazy JS'
      return { file, kind, bytes: data.length, gzip: gzipSize(data) }
    })
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.gzip - a.gzip)
}

/** `npm pack` into a temp folder (no dependency is added), then gzip the one file the way we gzip ours. */
function measurePeer(): number {
  const dir = mkdtempSync(join(tmpdir(), 'hkid-bench-peer-'))
  try {
    const tarball = execFileSync('npm', ['pack', PEER, '--silent', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n')
      .at(-1)!
    execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, PEER_FILE])
    return gzipSize(readFileSync(join(dir, PEER_FILE)))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`

export function runBundleBench(dist: string): { rows: BenchRow[]; detail: string } {
  const files = sizeBuild(dist)
  const sum = (kind: SizedFile['kind']) =>
    files.filter((f) => f.kind === kind).reduce((total, f) => total + f.gzip, 0)
  const js = sum('initial JS')
  const css = sum('initial CSS')
  const peer = measurePeer()
  const rows: BenchRow[] = [
    {
      name: 'initial JS, gzip -9 (entry + its static imports)',
      measured: js,
      unit: 'kB',
      peer: `${PEER} dist/onfido.min.js`,
      peerMeasured: peer,
      ratio: js / peer,
      budget: `≤ ${kb(BUDGET_BYTES)}`,
      met: js <= BUDGET_BYTES,
    },
    {
      name: 'initial CSS, gzip -9 (no budget; for the record)',
      measured: css,
      unit: 'kB',
      budget: '—',
      met: true,
    },
  ]
  const table = markdownTable(
    ['file', 'loaded', 'bytes', 'gzip -9'],
    files.map((f) => [f.file, f.kind, kb(f.bytes), kb(f.gzip)]),
  )
  const note =
    'Per file of the production build (`vite build`, its manifest decides what is initial). Lazy JS loads on ' +
    'demand: review (prefetched during capture) with its strings, zod and the contract (with the first ' +
    'request: health, then recognize), the telecode table (with review), the QR code (camera problems only).'
  return { rows, detail: `${note}\n\n${table}` }
}
