/** Ports the end-to-end run uses on loopback: the app (endpoint + built SPA, demo keys) and the emulator it calls,
 * a second app with no keys (the local reader in its process), and for record delivery the reference receiver
 * both apps deliver to and the redis-server the first app keeps its shared state and record queue in. One base
 * port per run, each service at its own offset, so two runs at once (the shards of testing/e2e/run-shards.ts)
 * each move every service by changing only E2E_PORT_BASE; a single port stays overridable. Specs that start
 * servers of their own take free ports. */
export const E2E_PORT_OFFSETS = { app: 0, emulator: 1, reader: 2, receiver: 4, redis: 5 } as const

/** Room for a service per offset and some to spare: the next run's base is this far on. */
export const E2E_PORT_STRIDE = 20

// E2E_APP_PORT alone moved the other services with it before there was a base: it still moves every service.
export const E2E_PORT_BASE = Number(process.env.E2E_PORT_BASE ?? process.env.E2E_APP_PORT ?? 4317)

/** The port of a service: its own override (E2E_<NAME>_PORT) if set, else the base plus its offset. */
export function e2ePort(service: keyof typeof E2E_PORT_OFFSETS): number {
  const override = process.env[`E2E_${service.toUpperCase()}_PORT`]
  return override ? Number(override) : E2E_PORT_BASE + E2E_PORT_OFFSETS[service]
}

export const E2E_APP_PORT = e2ePort('app')
export const E2E_EMULATOR_PORT = e2ePort('emulator')
export const E2E_READER_PORT = e2ePort('reader')
export const E2E_RECEIVER_PORT = e2ePort('receiver')
export const E2E_REDIS_PORT = e2ePort('redis')

/** The app calling the emulator (the specimen, scripted outcomes), and the app reading with the local reader */
export const E2E_APP_URL = `http://127.0.0.1:${E2E_APP_PORT}`
export const E2E_READER_URL = `http://127.0.0.1:${E2E_READER_PORT}`
