// Writes the verified record's JSON Schema (from the zod schema integrators can also import) to docs/,
// so integrators in any language can validate what the app hands them. A test keeps it in sync.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { verifiedRecordSchema } from '#src/hkid/verified-record.ts'

export const RECORD_SCHEMA_PATH = fileURLToPath(
  new URL('../docs/verified-record.schema.json', import.meta.url),
)

export function recordJsonSchema(): string {
  const schema = z.toJSONSchema(verifiedRecordSchema, { target: 'draft-2020-12' })
  return `${JSON.stringify({ title: 'HKID Capture verified record', ...schema }, null, 2)}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(RECORD_SCHEMA_PATH, recordJsonSchema())
  console.log(`wrote ${RECORD_SCHEMA_PATH}`)
}
