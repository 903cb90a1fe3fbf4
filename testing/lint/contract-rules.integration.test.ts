// Contracts live in src/hkid, request bodies are read capped, and ESLint says so: each planted contract below must fail the lint, and the
// legitimate code beside it must pass. Files are linted as text under a path; nothing is written.
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: new URL('../../', import.meta.url).pathname })

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const schema = "import { z } from 'zod'\nexport const plantedSchema = z.object({ id: z.string() })\n"
const blurCode = 'export const PLANTED = [-9108]\n'
const readJson = "import type { Context } from 'hono'\nexport const read = (c: Context) => c.req.json()\n"
const readBytes =
  "import type { Context } from 'hono'\nexport const read = (c: Context) => c.req.arrayBuffer()\n"

describe('contracts live in src/hkid', () => {
  it.each([
    ['a feature exports a schema', 'src/features/review/lib/planted.ts', schema],
    ['a feature component exports a schema', 'src/features/capture/components/planted.tsx', schema],
    ['a feature writes a warning code', 'src/features/review/components/planted.tsx', blurCode],
    ['the server writes a warning code', 'server/upstream/planted.ts', blurCode],
    ['the reader writes a warning code', 'src/reader/planted.ts', blurCode],
    ['the domain writes a warning code outside its table', 'src/hkid/planted.ts', blurCode],
    ['a route buffers a JSON body whole', 'server/routes/planted.ts', readJson],
    ['the emulator buffers a body whole', 'server/emulator/planted.ts', readBytes],
    ['the server writes a warning code beside a capped read', 'server/routes/planted.ts', blurCode],
  ])('fails when %s', async (_what, filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-syntax')
  })

  it.each([
    ['the domain exports a schema', 'src/hkid/planted.ts', schema],
    [
      'a feature keeps a schema to itself',
      'src/features/review/lib/planted.ts',
      `${schema.replace('export ', '')}export const parse = (x: unknown) => plantedSchema.parse(x)\n`,
    ],
    [
      'a feature uses a warning by name',
      'src/features/review/lib/planted.ts',
      "import { WARN_BLUR } from '#src/hkid/card-warnings.ts'\nexport const PLANTED = [WARN_BLUR]\n",
    ],
    [
      'a feature writes another negative number',
      'src/features/review/lib/planted.ts',
      'export const N = [-910, -91080]\n',
    ],
    ['a test writes a warning code', 'src/features/review/lib/planted.test.ts', blurCode],
    [
      'a route reads its body through the capped reader',
      'server/routes/planted.ts',
      "import type { Context } from 'hono'\nimport { readBodyWithLimit } from '../http/read-body.ts'\nexport const read = (c: Context) => readBodyWithLimit(c.req.raw, 64)\n",
    ],
    ['a test buffers a body', 'server/routes/planted.test.ts', readJson],
  ])('passes when %s', async (_what, filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([])
  })
})
