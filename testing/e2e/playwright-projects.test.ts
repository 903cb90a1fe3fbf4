// Every spec in e2e/ runs, and in one place: a new spec lands in the catch-all project unless a special
// project claims it by name, and no spec is claimed twice (which would run it under two cameras).
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
// eslint-disable-next-line no-restricted-imports -- the root config has no alias, and this test is about it
import config, { CLAIMED } from '../../playwright.config.ts'

const E2E_DIR = resolve(import.meta.dirname, '../../e2e')
const specs = readdirSync(E2E_DIR).filter((name) => name.endsWith('.spec.ts'))
const projects = config.projects ?? []

/** Playwright's rule for a RegExp testMatch/testIgnore: tested against the absolute path. */
function matches(rule: unknown, path: string): boolean {
  if (rule === undefined) return false
  if (!(rule instanceof RegExp))
    throw new Error(`rules here are RegExps, so this test reads them as Playwright does`)
  return rule.test(path)
}

function projectsRunning(path: string) {
  return projects.filter((project) => matches(project.testMatch, path) && !matches(project.testIgnore, path))
}

describe('playwright projects', () => {
  it('finds the specs', () => {
    expect(specs.length).toBeGreaterThan(20)
  })

  it.each(specs)('%s is claimed by exactly one rule', (spec) => {
    const running = projectsRunning(join(E2E_DIR, spec))
    expect(running.length, `${spec} runs in no project`).toBeGreaterThan(0)
    // The poor-feed projects share one rule: the same spec under four cameras, on purpose.
    expect(new Set(running.map((project) => String(project.testMatch))).size).toBe(1)
  })

  it('a new spec runs in the catch-all project', () => {
    expect(projectsRunning(join(E2E_DIR, 'some-new-feature.spec.ts')).map((p) => p.name)).toEqual(['upload'])
  })

  it('claims no spec that does not exist', () => {
    for (const name of Object.values(CLAIMED).flat()) expect(specs).toContain(`${name}.spec.ts`)
  })
})
