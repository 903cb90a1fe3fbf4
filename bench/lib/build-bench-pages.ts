// Builds bench/pages into dist-bench/ with Vite (the same bundling of the compress worker as the app's build).
import { build } from 'vite'
import config, { BENCH_OUT_DIR } from '../vite.bench.config.ts'

export async function buildBenchPages(): Promise<string> {
  await build({ ...config, configFile: false })
  return BENCH_OUT_DIR
}
