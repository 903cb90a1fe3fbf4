// The customer's words beside their fields: one note per field, and the box of what must still be given
// before their details can go (the way to a better photo is the review's own "Retake photo", right below it).
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import type { CustomerNeed, CustomerNote } from '../lib/customer-field-notes.ts'

const BOX: Record<CustomerNote['kind'], string> = {
  missing: 'border-red-300 bg-red-50 text-red-900',
  wrong: 'border-red-300 bg-red-50 text-red-900',
  empty: 'border-amber-300 bg-amber-50 text-amber-950',
  unsure: 'border-amber-300 bg-amber-50 text-amber-950',
}

export function useCustomerNoteText() {
  const { t } = useTranslation()
  return (note: CustomerNote) =>
    note.kind === 'missing' && note.need
      ? t(`customer.fieldNotes.missing.${note.need}`)
      : t(`customer.fieldNotes.${note.kind === 'missing' ? 'empty' : note.kind}`)
}

export function CustomerFieldNote({ note }: { note: CustomerNote }) {
  const text = useCustomerNoteText()
  return (
    <p
      data-testid={`finding-${note.code ?? 'MISSING'}`}
      data-note={note.kind}
      className={`rounded-md border px-2 py-1 text-sm ${BOX[note.kind]}`}
    >
      {text(note)}
    </p>
  )
}

interface CustomerNeedsProps {
  needs: readonly CustomerNeed[]
  headingRef: Ref<HTMLHeadingElement>
}

/** What blocks sending, each field named once (its note is at the field, not repeated here); Send brings
 * the person here. */
export function CustomerNeeds({ needs, headingRef }: CustomerNeedsProps) {
  const { t } = useTranslation()
  return (
    <section
      aria-labelledby="customer-needs-heading"
      data-testid="customer-needs"
      className="rounded-2xl border border-red-300 bg-red-50 p-4 text-red-900"
    >
      <h3 id="customer-needs-heading" ref={headingRef} tabIndex={-1} className="font-semibold outline-none">
        {t('customer.needs.heading')}
      </h3>
      <p className="mt-1 text-sm">{t('customer.needs.body')}</p>
      <ul className="mt-2 list-disc pl-5 text-sm">
        {needs.map((need) => (
          <li key={need}>{t(`customer.needed.${need}`)}</li>
        ))}
      </ul>
    </section>
  )
}
