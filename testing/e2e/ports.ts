/** Ports the end-to-end run uses on loopback: the app (endpoint + built SPA) and its embedded emulator.
 * Overridable so two runs on one machine do not collide. */
export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 4317)
export const E2E_EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4318)
