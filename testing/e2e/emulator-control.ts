// Drives the e2e emulator's test-only control routes (its own process, EMULATOR_CONTROL=1).
import { E2E_EMULATOR_PORT } from './ports.ts'

const base = `http://127.0.0.1:${E2E_EMULATOR_PORT}/__emulator`

export interface NextOutcome {
  error?: { code: string; message?: string }
  delayMs?: number
  malformed?: 'not-json' | 'bad-shape' | 'http-500'
  card?: Record<string, unknown>
  warnings?: number[]
  times?: number
}

export async function setNextOutcome(outcome: NextOutcome): Promise<void> {
  const response = await fetch(`${base}/next`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(outcome),
  })
  if (!response.ok) throw new Error(`emulator control refused: ${response.status} ${await response.text()}`)
}

/**
 * What the emulator answers with until the next reset (each test starts with the specimen):
 * 'local-reader' reads the uploaded card for real. Resolves once the reader's models are loaded.
 */
export async function setEmulatorAnswer(mode: 'local-reader' | 'specimen'): Promise<void> {
  const response = await fetch(`${base}/answer`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ mode }),
  })
  if (!response.ok) throw new Error(`emulator control refused: ${response.status} ${await response.text()}`)
}

export async function resetEmulator(): Promise<void> {
  await fetch(`${base}/reset`, { method: 'POST' })
}

export interface EmulatorStatsReply {
  calls: number
  signatures: string[]
  arrivals: { atMs: number; remotePort: number | null }[]
  requestIds: string[]
  /** Scripted outcomes no call has taken yet. */
  pending: number
}

export async function emulatorStats(): Promise<EmulatorStatsReply> {
  return (await fetch(`${base}/stats`)).json() as Promise<EmulatorStatsReply>
}

/** The image bytes that last reached the emulator through our endpoint. */
export async function lastUpstreamImage(): Promise<Buffer> {
  const response = await fetch(`${base}/last-image`)
  if (!response.ok) throw new Error(`no image has reached the emulator (${response.status})`)
  return Buffer.from(await response.arrayBuffer())
}
