// Builds the benchmark and test pages (bench/pages/*.html) into dist-bench/, apart from the app's dist/.
// The compress worker is bundled exactly as in the app: a module worker, self-hosted.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const pages = fileURLToPath(new URL('./pages/', import.meta.url))
export const BENCH_OUT_DIR = fileURLToPath(new URL('../dist-bench/', import.meta.url))

export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    outDir: BENCH_OUT_DIR,
    emptyOutDir: true,
    sourcemap: false,
    rollupOptions: {
      input: {
        'compress-bench': `${pages}compress-bench.html`,
        'compress-check': `${pages}compress-check.html`,
      },
    },
  },
})
