// Writes the JSON Schemas integrators validate against, from the zod schemas the app itself uses, to docs/:
// the verified record, what the business opens from a sealed record, and the record webhook's body — so a
// receiver in any language can check what it gets. A test keeps them in sync.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { recordWebhookSchema, sealedContentSchema } from '#src/hkid/record-delivery-contract.ts'
import { verifiedRecordSchema } from '#src/hkid/verified-record.ts'

const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url))

/** Each schema file: where it goes, its title, and the zod schema it is made from. */
export const SCHEMA_FILES = [
  {
    path: docs('verified-record.schema.json'),
    title: 'HKID Capture verified record',
    schema: verifiedRecordSchema,
  },
  {
    path: docs('sealed-record.schema.json'),
    title: 'HKID Capture sealed record (the plaintext of the webhook’s JWE)',
    schema: sealedContentSchema,
  },
  {
    path: docs('record-webhook.schema.json'),
    title: 'HKID Capture record webhook body (Standard Webhooks)',
    schema: recordWebhookSchema,
  },
] as const

export function jsonSchemaText(title: string, schema: z.ZodType): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12' })
  return `${JSON.stringify({ title, ...json }, null, 2)}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const file of SCHEMA_FILES) {
    writeFileSync(file.path, jsonSchemaText(file.title, file.schema))
    console.log(`wrote ${file.path}`)
  }
}
