// glibc malloc settings for the Node server. Each request allocates ~1 MB image and ~1.4 MB upstream
// bodies; with glibc's defaults the mmap threshold climbs after the first such free, later bodies come
// from the heap arenas (one per thread), and the fragmented arenas keep RSS ~100 MB above baseline after
// load (bench:server). A fixed 128 KiB threshold sends those bodies back to the kernel on free, and two
// arenas bound the per-thread spread. glibc reads these only at process start; other libcs ignore them.

/** The settings, as environment variables; a value already set by the operator wins. */
export const ALLOCATOR_SETTINGS = {
  MALLOC_ARENA_MAX: '2',
  MALLOC_MMAP_THRESHOLD_: '131072',
} as const

/** `env` with the allocator settings added where it does not set them itself. */
export function withAllocatorSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...ALLOCATOR_SETTINGS, ...env }
}

/** True when every setting is already in `env`, i.e. this process started with them. */
export function hasAllocatorSettings(env: NodeJS.ProcessEnv): boolean {
  return Object.keys(ALLOCATOR_SETTINGS).every((name) => env[name] !== undefined)
}

/** Whether this process runs on glibc, the only allocator that reads the settings. */
export function runsOnGlibc(): boolean {
  const report = process.report?.getReport() as { header?: { glibcVersionRuntime?: string } } | undefined
  return typeof report?.header?.glibcVersionRuntime === 'string'
}
