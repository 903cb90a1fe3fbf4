// For e2e/compress.spec.ts: builds the check page and serves it with the named input files on a free port.
import { fixtures } from '../../e2e/fixture-files.ts'
import { buildBenchPages } from './build-bench-pages.ts'
import { serveStatic, type StaticServer } from './serve-static.ts'

export async function serveCompressCheck(inputs: Record<string, string>): Promise<StaticServer> {
  const outDir = await buildBenchPages()
  return serveStatic(outDir, { ...inputs, 'specimen-card.jpg': fixtures.specimenCard })
}
