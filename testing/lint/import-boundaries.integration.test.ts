// The import boundaries are enforced by ESLint: each planted import below must fail the lint, and the
// legitimate ones beside them must pass. Files are linted as text under a path; nothing is written.
import { readFileSync } from 'node:fs'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const use = (name: string) => `\nexport const planted = ${name}\n`

describe('import boundaries', () => {
  it.each([
    [
      'a feature imports another feature',
      'src/features/capture/lib/planted.ts',
      "import { compressImage } from '#src/features/compress/compress-image.ts'",
      'compressImage',
      'import-x/no-restricted-paths',
    ],
    [
      'shared domain code imports the app',
      'src/hkid/planted.ts',
      "import { CaptureFlow } from '#src/app/capture-flow.tsx'",
      'CaptureFlow',
      'import-x/no-restricted-paths',
    ],
    [
      'a feature imports the app',
      'src/features/review/lib/planted.ts',
      "import { CaptureFlow } from '#src/app/capture-flow.tsx'",
      'CaptureFlow',
      'import-x/no-restricted-paths',
    ],
    [
      'the browser imports the server',
      'src/features/recognize/api/planted.ts',
      "import { loadConfig } from '#server/config.ts'",
      'loadConfig',
      'import-x/no-restricted-paths',
    ],
    [
      'the server imports a feature',
      'server/routes/planted.ts',
      "import { formToCard } from '#src/features/review/lib/card-form-values.ts'",
      'formToCard',
      'import-x/no-restricted-paths',
    ],
    [
      'product code imports test tooling',
      'server/planted.ts',
      "import { startHarness } from '#testing/server/endpoint-harness.ts'",
      'startHarness',
      'import-x/no-restricted-paths',
    ],
    [
      'the browser imports test tooling',
      'src/app/planted.ts',
      "import { fixtures } from '#testing/fixtures/fixture-files.ts'",
      'fixtures',
      'import-x/no-restricted-paths',
    ],
    [
      'a script imports a benchmark',
      'scripts/planted.ts',
      "import { median } from '../bench/lib/bench-row.ts'",
      'median',
      'import-x/no-restricted-paths',
    ],
    [
      'test tooling imports a spec folder',
      'testing/e2e/planted.ts',
      "import { resetEmulator } from '../../e2e/a11y.spec.ts'",
      'resetEmulator',
      'import-x/no-restricted-paths',
    ],
    [
      'the production server imports the emulator',
      'server/recognizers/planted.ts',
      "import { startEmulator } from '#server/emulator/start-emulator.ts'",
      'startEmulator',
      'import-x/no-restricted-paths',
    ],
    [
      'a server entry imports the emulator’s demo keys',
      'server/planted.ts',
      "import { DEMO_SECRET_ID } from './emulator/demo-keys.ts'",
      'DEMO_SECRET_ID',
      'import-x/no-restricted-paths',
    ],
    [
      'a script imports the emulator',
      'scripts/planted.ts',
      "import { startEmulator } from '../server/emulator/start-emulator.ts'",
      'startEmulator',
      'import-x/no-restricted-paths',
    ],
    [
      'domain code imports Node',
      'src/hkid/planted.ts',
      "import { readFileSync } from 'node:fs'",
      'readFileSync',
      'no-restricted-imports',
    ],
    [
      'an import climbs two folders',
      'src/features/capture/lib/planted.ts',
      "import { checkCard } from '../../../hkid/check-card.ts'",
      'checkCard',
      'no-restricted-imports',
    ],
  ])('fails when %s', async (_what, filePath, importLine, name, rule) => {
    expect(await ruleIds(filePath, importLine + use(name))).toContain(rule)
  })

  it.each([
    [
      'a feature imports shared code',
      'src/features/capture/lib/planted.ts',
      "import { checkCard } from '#src/hkid/check-card.ts'",
      'checkCard',
    ],
    [
      'the app composes features',
      'src/app/planted.ts',
      "import { compressImage } from '#src/features/compress/compress-image.ts'",
      'compressImage',
    ],
    [
      'the server imports the domain',
      'server/routes/planted.ts',
      "import { checkCard } from '#src/hkid/check-card.ts'",
      'checkCard',
    ],
    [
      'a test starts the emulator',
      'server/recognizers/planted.test.ts',
      "import { startEmulator } from '#server/emulator/start-emulator.ts'",
      'startEmulator',
    ],
    [
      'the emulator imports the local reader (its answer mode)',
      'server/emulator/planted.ts',
      "import { createLocalReader } from '#server/reader/local-reader.ts'",
      'createLocalReader',
    ],
    [
      'a unit test imports test tooling',
      'server/planted.test.ts',
      "import { startHarness } from '#testing/server/endpoint-harness.ts'",
      'startHarness',
    ],
  ])('passes when %s', async (_what, filePath, importLine, name) => {
    expect(await ruleIds(filePath, importLine + use(name))).toEqual([])
  })

  it('fails on an import cycle', async () => {
    // analyze-card-task.ts imports analyze-image.ts; analyze-image.ts importing it back closes a circle.
    const path = 'server/emulator/analyze-image.ts'
    const source = readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')
    expect(await ruleIds(path, source)).toEqual([])
    const planted = `import { analyzeCardImage } from '#server/emulator/analyze-card-task.ts'\n${source}${use('analyzeCardImage')}`
    expect(await ruleIds(path, planted)).toContain('import-x/no-cycle')
  })
})
