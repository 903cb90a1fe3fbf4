// Two shards at once must never share a port: each service of each shard on its own.
import { describe, expect, it } from 'vitest'
import { E2E_PORT_OFFSETS, E2E_PORT_STRIDE } from './ports.ts'
import { shardPlan } from './shard-plan.ts'

describe('shardPlan', () => {
  it('gives each shard its own base, a stride apart, numbered from 1', () => {
    const plan = shardPlan(3, {}, 5000)
    expect(plan.map((shard) => shard.index)).toEqual([1, 2, 3])
    expect(plan.map((shard) => shard.env.E2E_PORT_BASE)).toEqual([
      '5000',
      String(5000 + E2E_PORT_STRIDE),
      String(5000 + 2 * E2E_PORT_STRIDE),
    ])
  })

  it('leaves no two services of any shards on one port', () => {
    const ports = shardPlan(2, {}, 5000).flatMap((shard) =>
      Object.values(E2E_PORT_OFFSETS).map((offset) => Number(shard.env.E2E_PORT_BASE) + offset),
    )
    expect(new Set(ports).size).toBe(ports.length)
    expect(Math.max(...Object.values(E2E_PORT_OFFSETS))).toBeLessThan(E2E_PORT_STRIDE)
  })

  it('drops single-port overrides, which would put both shards on one port, and keeps the rest', () => {
    const [shard] = shardPlan(2, { E2E_APP_PORT: '4400', E2E_EMULATOR_PORT: '4401', CI: '1' }, 5000)
    expect(shard?.env).toEqual({ CI: '1', E2E_PORT_BASE: '5000' })
  })
})
