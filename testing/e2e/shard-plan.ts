// Each shard's environment: its own port base, a stride apart, so no two shards share a service's port.
import { E2E_PORT_BASE, E2E_PORT_OFFSETS, E2E_PORT_STRIDE } from './ports.ts'

export interface Shard {
  /** 1-based, as Playwright's --shard counts */
  index: number
  env: NodeJS.ProcessEnv
}

export function shardPlan(count: number, env: NodeJS.ProcessEnv, base = E2E_PORT_BASE): Shard[] {
  // A single service's override would put every shard's copy of it on one port: the shards use bases only.
  const shared = Object.fromEntries(
    Object.entries(env).filter(
      ([name]) =>
        !Object.keys(E2E_PORT_OFFSETS).some((service) => name === `E2E_${service.toUpperCase()}_PORT`),
    ),
  )
  return Array.from({ length: count }, (_, i) => ({
    index: i + 1,
    env: { ...shared, E2E_PORT_BASE: String(base + i * E2E_PORT_STRIDE) },
  }))
}
