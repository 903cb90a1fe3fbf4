// Build-time compression of the hashed assets the Node site serves (server/node-site.ts serves a `.br` or `.gz`
// beside a file when the request accepts it): the device reader's runtime and models are most of 30 MB, and
// compressing them per request would cost the server a core for seconds. Brotli at quality 5: on the runtime's
// 14 MB WASM it is within 5% of quality 9's size at a third of its time (measured at build, see the docs).
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const gzipAsync = promisify(gzip)
const brotliAsync = promisify(brotliCompress)

/** The reader's runtime, models and dictionary, and the code (its worker's and the app's). */
export const PRECOMPRESSED = /\.(onnx|wasm|js|txt)$/
/** Below this a file is one packet anyway. */
const MIN_BYTES = 1024
/** A variant that saves less than 5% is not worth a second file and a Vary. */
const MAX_RATIO = 0.95

export interface PrecompressedFile {
  name: string
  bytes: number
  gzip: number | null
  brotli: number | null
}

async function variant(
  path: string,
  suffix: '.gz' | '.br',
  raw: Buffer,
  compress: (raw: Buffer) => Promise<Buffer>,
): Promise<number | null> {
  const packed = await compress(raw)
  if (packed.length > raw.length * MAX_RATIO) return null
  await writeFile(path + suffix, packed)
  return packed.length
}

/** Writes `<file>.gz` and `<file>.br` beside each asset of `assetsDir` worth compressing; says what it wrote. */
export async function precompressAssets(assetsDir: string): Promise<PrecompressedFile[]> {
  const names = (await readdir(assetsDir)).filter((name) => PRECOMPRESSED.test(name))
  return Promise.all(
    names.map(async (name): Promise<PrecompressedFile> => {
      const path = join(assetsDir, name)
      const bytes = (await stat(path)).size
      if (bytes < MIN_BYTES) return { name, bytes, gzip: null, brotli: null }
      const raw = await readFile(path)
      const [gz, br] = await Promise.all([
        variant(path, '.gz', raw, (b) => gzipAsync(b, { level: 9 })),
        variant(path, '.br', raw, (b) =>
          brotliAsync(b, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 5,
              [constants.BROTLI_PARAM_SIZE_HINT]: b.length,
            },
          }),
        ),
      ])
      return { name, bytes, gzip: gz, brotli: br }
    }),
  )
}

/** The build step: after Vite writes the bundle (the worker's assets are in it), the `assets/` beside it. */
export function precompressAssetsPlugin(): Plugin {
  return {
    name: 'hkid:precompress-assets',
    apply: 'build',
    async writeBundle(options) {
      if (!options.dir) return
      const files = await precompressAssets(join(options.dir, 'assets'))
      const raw = files.reduce((n, f) => n + f.bytes, 0)
      const smallest = files.reduce(
        (n, f) => n + Math.min(f.bytes, f.gzip ?? f.bytes, f.brotli ?? f.bytes),
        0,
      )
      this.info(`precompressed ${files.length} assets: ${raw} B raw, ${smallest} B as sent compressed`)
    },
  }
}
