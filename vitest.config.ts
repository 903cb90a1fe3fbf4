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
        },
      },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
})
