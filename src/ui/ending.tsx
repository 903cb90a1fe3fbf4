// The look every ending shares (a customer's, a phone's): a tick, the title (which takes focus), and a few
// plain sentences saying what happens next.
import type { ReactNode } from 'react'
import { StepHeading } from './step-heading.tsx'

export function Ending({
  heading,
  testId,
  children,
}: {
  heading: string
  testId: string
  children: ReactNode
}) {
  return (
    <section
      data-testid={testId}
      className="mx-auto flex w-full max-w-xl flex-col sm:max-w-2xl items-center gap-4 rounded-2xl border border-slate-200 bg-white px-6 py-10 text-center sm:py-14"
    >
      <span
        aria-hidden="true"
        className="flex h-16 w-16 items-center justify-center rounded-full bg-teal-700 text-3xl text-white"
      >
        ✓
      </span>
      <StepHeading className="text-2xl">{heading}</StepHeading>
      <div className="flex flex-col gap-2 text-lg text-slate-700">{children}</div>
    </section>
  )
}
