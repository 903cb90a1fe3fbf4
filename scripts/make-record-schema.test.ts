import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { RECORD_SCHEMA_PATH, recordJsonSchema } from './make-record-schema.ts'

it('docs/verified-record.schema.json matches the zod schema (run `npm run record-schema` after changing it)', () => {
  expect(readFileSync(RECORD_SCHEMA_PATH, 'utf8')).toBe(recordJsonSchema())
})
