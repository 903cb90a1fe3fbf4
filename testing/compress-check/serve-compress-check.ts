// For e2e/compress.spec.ts: builds the check page (the real compressImage() and its bundled worker) and serves it
// with the named input files on a free port.
import { fileURLToPath } from 'node:url'
import { buildPages } from '../browser/build-pages.ts'
import { serveStatic, type StaticServer } from '../browser/serve-static.ts'
import { fixtures } from '../fixtures/fixture-files.ts'

const HERE = fileURLToPath(new URL('./', import.meta.url))
const OUT_DIR = fileURLToPath(new URL('../../dist-test/compress-check/', import.meta.url))

export async function serveCompressCheck(inputs: Record<string, string>): Promise<StaticServer> {
  const outDir = await buildPages(HERE, { 'compress-check': `${HERE}compress-check.html` }, OUT_DIR)
  return serveStatic(outDir, { ...inputs, 'specimen-card.jpg': fixtures.specimenCard })
}
