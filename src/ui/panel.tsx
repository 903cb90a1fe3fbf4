// A titled panel: the white card each part of review and done sits in, named by its heading for assistive tech.
import { useId, type ReactNode } from 'react'

interface PanelProps {
  title: ReactNode
  children: ReactNode
  testId?: string
}

export function Panel({ title, children, testId }: PanelProps) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      data-testid={testId}
      className="rounded-2xl border border-slate-200 bg-white p-4"
    >
      <h3 id={headingId} className="mb-3 text-sm font-semibold tracking-wide text-slate-500 uppercase">
        {title}
      </h3>
      {children}
    </section>
  )
}
