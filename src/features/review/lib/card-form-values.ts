// The review form edits every field as text (selects for sex and permanent); these convert between
// the card as recognized and the form's values (src/hkid/card-edits.ts lists what the operator changed).
import { zodResolver } from '@hookform/resolvers/zod'
import { z } from 'zod'
import { cardAsText } from '#src/hkid/card-edits.ts'
import { cardFieldsSchema, type CardFields } from '#src/hkid/recognize-contract.ts'

const cardFormSchema = z.object({
  cnName: z.string().trim(),
  enName: z.string().trim(),
  telexCode: z.string().trim(),
  sex: z.enum(['', 'M', 'F']),
  birthday: z.string().trim(),
  permanent: z.enum(['', 'yes', 'no']),
  idNum: z.string().trim().toUpperCase(),
  symbol: z.string().trim(),
  firstIssueDate: z.string().trim(),
  currentIssueDate: z.string().trim(),
  windowEmbeddedText: z.string().trim(),
  hkidVersion: z.string().trim(),
})
export type CardFormValues = z.infer<typeof cardFormSchema>
/** The form's validation: every value trimmed, the number upper-cased. */
export const cardFormResolver = zodResolver(cardFormSchema)

export function cardToForm(card: CardFields): CardFormValues {
  return cardAsText(card)
}

export function formToCard(values: CardFormValues): CardFields {
  return cardFieldsSchema.parse({
    ...values,
    sex: values.sex === '' ? null : values.sex,
    permanent: values.permanent === '' ? null : values.permanent === 'yes',
  })
}

/** The card the form currently describes, or null while a value is not yet valid. */
export function parseFormCard(values: Partial<CardFormValues>): CardFields | null {
  const parsed = cardFormSchema.safeParse(values)
  return parsed.success ? formToCard(parsed.data) : null
}
