// The shards must run every spec exactly once, under its own project, and end at about the same time.
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- the root config has no alias, and the shards split its projects
import config from '../../playwright.config.ts'
import { balanceShards, measuredSeconds, specKey, specRuns, testList, type SpecRun } from './shard-balance.ts'
import { SPEC_SECONDS, UNMEASURED_SECONDS } from './spec-seconds.ts'

const E2E_DIR = resolve(import.meta.dirname, '../../e2e')
const specPaths = readdirSync(E2E_DIR)
  .filter((name) => name.endsWith('.spec.ts'))
  .map((name) => join(E2E_DIR, name))
const runs = specRuns(config.projects ?? [], specPaths, E2E_DIR)
const total = (shard: SpecRun[]) => shard.reduce((sum, run) => sum + measuredSeconds(run), 0)

describe('specRuns', () => {
  it('finds each spec of e2e/ under its project, the poor-feed spec under each of its four cameras', () => {
    const files = new Set(runs.map((run) => run.file))
    expect([...files].sort()).toEqual(specPaths.map((path) => path.slice(E2E_DIR.length + 1)).sort())
    expect(runs.filter((run) => run.file === 'capture-poor-feed.spec.ts').map((run) => run.project)).toEqual([
      'camera-blurred',
      'camera-glare',
      'camera-dark',
      'camera-empty',
    ])
    expect(runs).toContainEqual({ project: 'scene-bank', file: 'scene-bank.spec.ts' })
  })
})

describe('balanceShards', () => {
  it.each([1, 2, 3])('puts every run of the suite in exactly one of %i shards', (count) => {
    const shards = balanceShards(runs, count)
    expect(shards).toHaveLength(count)
    const keys = shards.flat().map(specKey)
    expect(keys.sort()).toEqual(runs.map(specKey).sort())
  })

  it('ends no shard more than its longest run past another (by measured time, not by count)', () => {
    const shards = balanceShards(runs, 2)
    const [a, b] = shards.map(total)
    const longest = Math.max(...runs.map(measuredSeconds))
    expect(Math.abs((a ?? 0) - (b ?? 0))).toBeLessThanOrEqual(longest)
    // The two heaviest runs would make one shard far longer than the other if they landed together.
    const heaviest = [...runs].sort((x, y) => measuredSeconds(y) - measuredSeconds(x)).slice(0, 2)
    const shardOf = (run: SpecRun) => shards.findIndex((shard) => shard.includes(run))
    expect(shardOf(heaviest[0]!)).not.toBe(shardOf(heaviest[1]!))
  })

  it('balances by seconds: one long run against many short ones', () => {
    const long = { project: 'p', file: 'long.spec.ts' }
    const shorts = Array.from({ length: 6 }, (_, i) => ({ project: 'p', file: `short-${i}.spec.ts` }))
    const seconds = (run: SpecRun) => (run === long ? 60 : 10)
    const shards = balanceShards([...shorts, long], 2, seconds)
    expect(shards.map((shard) => shard.length).sort()).toEqual([1, 6])
  })

  it('counts a spec that was never measured at the guess', () => {
    expect(measuredSeconds({ project: 'upload', file: 'some-new-feature.spec.ts' })).toBe(UNMEASURED_SECONDS)
    expect(measuredSeconds({ project: 'scene-bank', file: 'scene-bank.spec.ts' })).toBe(
      SPEC_SECONDS['scene-bank › scene-bank.spec.ts'],
    )
  })
})

describe('testList', () => {
  it('names each run as Playwright reads a --test-list line: [project] › file', () => {
    expect(testList([{ project: 'camera-glare', file: 'capture-poor-feed.spec.ts' }])).toBe(
      '[camera-glare] › capture-poor-feed.spec.ts\n',
    )
  })
})
