// Builds bench/pages into dist-bench/ with Vite (the same bundling of the compress worker as the app's build).
import { fileURLToPath } from 'node:url'
import { buildPages } from '#testing/browser/build-pages.ts'

const PAGES = fileURLToPath(new URL('../pages/', import.meta.url))
export const BENCH_OUT_DIR = fileURLToPath(new URL('../../dist-bench/', import.meta.url))

export function buildBenchPages(): Promise<string> {
  return buildPages(PAGES, { 'compress-bench': `${PAGES}compress-bench.html` }, BENCH_OUT_DIR)
}
