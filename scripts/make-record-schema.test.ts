import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { jsonSchemaText, SCHEMA_FILES } from './make-record-schema.ts'

describe('every schema in docs/ matches its zod schema (run `npm run record-schema` after changing one)', () => {
  for (const file of SCHEMA_FILES) {
    it(file.path.split('/').pop() ?? file.path, () => {
      expect(readFileSync(file.path, 'utf8')).toBe(jsonSchemaText(file.title, file.schema))
    })
  }
})
