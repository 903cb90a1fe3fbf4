// What the phone seals for the desk: the recognized card, or that it could not get one (so the desk need
// not wait for a photo that will never come). Checked by the desk after opening, like any answer.
import { z } from 'zod'
import { recognizeResultSchema } from '#src/hkid/recognize-contract.ts'

export const handoffMessageSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('result'), result: recognizeResultSchema, recognizedAt: z.iso.datetime() }),
  z.object({ kind: z.literal('failed'), code: z.string().max(40) }),
])
export type HandoffMessage = z.infer<typeof handoffMessageSchema>
