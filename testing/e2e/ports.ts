/** Ports the end-to-end run uses on loopback: the app (endpoint + built SPA, demo keys) and the emulator it calls,
 * and a second app with no keys (the local reader in its process). Overridable so two runs on one machine do not
 * collide; specs that start servers of their own take free ports. */
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 4317)
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4318)
export const E2E_READER_PORT = Number(process.env.E2E_READER_PORT ?? E2E_APP_PORT + 2)
/** Record delivery: the reference receiver both apps deliver to, and the redis-server the first app keeps its
 * shared state and record queue in (the second app uses the embedded SQLite store). */
export const E2E_RECEIVER_PORT = Number(process.env.E2E_RECEIVER_PORT ?? E2E_APP_PORT + 4)
export const E2E_REDIS_PORT = Number(process.env.E2E_REDIS_PORT ?? E2E_APP_PORT + 5)

/** The app calling the emulator (the specimen, scripted outcomes), and the app reading with the local reader */
export const E2E_APP_URL = `http://127.0.0.1:${E2E_APP_PORT}`
export const E2E_READER_URL = `http://127.0.0.1:${E2E_READER_PORT}`
