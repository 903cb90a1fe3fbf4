// Builds the device reader's test page with the app's own Vite config (the same aliases, the same module worker,
// the models and runtime as hashed assets) into its own folder, never into the app's dist/.
import { fileURLToPath } from 'node:url'
import { build } from 'vite'

const ROOT = fileURLToPath(new URL('./', import.meta.url))
const CONFIG = fileURLToPath(new URL('../../vite.config.ts', import.meta.url))
export const DEVICE_READER_PAGE_DIR = fileURLToPath(new URL('../../dist-device-reader/', import.meta.url))

/** Returns the output folder: index.html is the page, assets/ its hashed files. */
export async function buildDeviceReaderPage(outDir = DEVICE_READER_PAGE_DIR): Promise<string> {
  await build({
    configFile: CONFIG,
    root: ROOT,
    base: '/',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { index: `${ROOT}device-reader-page.html` } },
    },
  })
  return outDir
}
