// Splits the suite into shards of about equal measured time. The unit is a spec file under one project: a file's
// tests stay together and in order in one shard, as they run with one worker (fullyParallel off).
import { SPEC_SECONDS, UNMEASURED_SECONDS } from './spec-seconds.ts'

export interface SpecRun {
  project: string
  /** relative to the test dir (e2e/), as Playwright's --test-list names files */
  file: string
}

/** "project › file", the key of SPEC_SECONDS and (with the project bracketed) a --test-list line */
export const specKey = (run: SpecRun): string => `${run.project} › ${run.file}`

export function measuredSeconds(run: SpecRun): number {
  return SPEC_SECONDS[specKey(run)] ?? UNMEASURED_SECONDS
}

/** The runs each project of the config claims, out of the spec files of the test dir (absolute paths). */
export function specRuns(
  projects: readonly { name?: string; testMatch?: unknown; testIgnore?: unknown }[],
  specPaths: readonly string[],
  testDir: string,
): SpecRun[] {
  const matches = (rule: unknown, path: string) => rule instanceof RegExp && rule.test(path)
  return projects.flatMap((project) =>
    specPaths
      .filter((path) => matches(project.testMatch, path) && !matches(project.testIgnore, path))
      .map((path) => ({ project: project.name ?? '', file: path.slice(testDir.length + 1) })),
  )
}

/** Longest first, each to the shard with the least time so far: no shard ends more than one run past another. */
export function balanceShards(
  runs: readonly SpecRun[],
  count: number,
  seconds: (run: SpecRun) => number = measuredSeconds,
): SpecRun[][] {
  const shards = Array.from({ length: count }, () => ({ runs: [] as SpecRun[], seconds: 0 }))
  const longestFirst = [...runs].sort(
    (a, b) => seconds(b) - seconds(a) || specKey(a).localeCompare(specKey(b)),
  )
  for (const run of longestFirst) {
    const least = shards.reduce((best, shard) => (shard.seconds < best.seconds ? shard : best))
    least.runs.push(run)
    least.seconds += seconds(run)
  }
  return shards.map((shard) => shard.runs)
}

/** A shard's --test-list file: one "[project] › file" line per run. */
export function testList(runs: readonly SpecRun[]): string {
  return runs.map((run) => `[${run.project}] › ${run.file}\n`).join('')
}
