// Builds a folder of test or bench pages with Vite into its own output folder, apart from the app's dist/. A page's
// worker is bundled exactly as in the app: a module worker, self-hosted.
import { build } from 'vite'

/** `pages`: page name → absolute path of its .html; all must sit in `root`. Returns `outDir`. */
export async function buildPages(
  root: string,
  pages: Record<string, string>,
  outDir: string,
): Promise<string> {
  await build({
    configFile: false,
    root,
    base: './',
    logLevel: 'warn',
    worker: { format: 'es' },
    build: { target: 'es2022', outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input: pages } },
  })
  return outDir
}
