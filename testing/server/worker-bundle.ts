// server/worker.ts bundled as Workers runs it (ES module, workerd conditions), for Miniflare tests.
import { build } from 'esbuild'

export async function bundleWorker(): Promise<string> {
  const bundle = await build({
    entryPoints: [new URL('../../server/worker.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['workerd', 'worker', 'browser'],
    logLevel: 'silent',
  })
  return bundle.outputFiles[0]!.text
}
