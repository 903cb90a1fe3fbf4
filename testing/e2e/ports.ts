/** Ports the end-to-end run uses on loopback: the app (endpoint + built SPA, demo keys) and the emulator it calls,
 * and a second app with no keys (the local reader in its process). Overridable so two runs on one machine do not
 * collide; specs that start servers of their own take free ports. */
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 4317)
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4318)
export const E2E_READER_PORT = Number(process.env.E2E_READER_PORT ?? E2E_APP_PORT + 2)

/** The app calling the emulator (the specimen, scripted outcomes), and the app reading with the local reader */
export const E2E_APP_URL = `http://127.0.0.1:${E2E_APP_PORT}`
export const E2E_READER_URL = `http://127.0.0.1:${E2E_READER_PORT}`
