// Apart from the client-config schema so the first screen's bundle can hold it without zod.

/** The deadline with the server's default upstream deadline (10 s); the browser's when the server cannot say. */
export const DEFAULT_RECOGNIZE_DEADLINE_MS = 30_000

/** The server's default deadline for one reading (UPSTREAM_TIMEOUT_MS). */
export const DEFAULT_READING_DEADLINE_MS = 10_000
