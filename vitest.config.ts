import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

/** Tests that start servers, Redis, browsers, workers or ONNX models say so by their name. */
const INTEGRATION = ['**/*.integration.test.ts']
const ALL = ['src', 'server', 'scripts', 'testing', 'bench'].flatMap((dir) => [
  `${dir}/**/*.test.ts`,
  `${dir}/**/*.test.tsx`,
])

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        // Pure and fast: the setup makes starting a process, thread or socket throw.
        test: {
          name: 'unit',
          include: ALL,
          exclude: INTEGRATION,
          setupFiles: ['testing/vitest/unit-guard.ts', 'testing/vitest/dom-wait.ts'],
          // Two files at once on the CI's 2 cores: the unit files are CPU-bound and no dearer in total with two
          // (121 vs 124 CPU seconds), and CI's early scene-bank drawing finishes beside the integration files,
          // which leave most of a core idle (about 270 CPU seconds, measured here, in what takes 230 s on CI).
          maxWorkers: Math.max(2, availableParallelism() - 1),
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: INTEGRATION,
          // Vitest's default (a core less than the machine's) runs one file at a time on the CI's 2 cores, while
          // most of these files wait on servers, sockets and clocks: two at once cut the wall time by about a
          // third. Each file that starts a server takes free ports and temp dirs of its own, so two never collide.
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // Projects with their own worker counts run one after the other: the unit files first.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
