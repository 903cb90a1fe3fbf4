// A step's title. The step replaced what had focus, so the title takes it: a screen reader reads the new step
// out and Tab continues from here, never from the top of the page.
import { useEffect, useRef, type ReactNode } from 'react'

interface StepHeadingProps {
  id?: string
  children: ReactNode
  /** Focus again when this changes (e.g. a different error on the same panel) */
  focusKey?: unknown
  className?: string
}

export function StepHeading({ id, children, focusKey, className = 'text-xl sm:text-2xl' }: StepHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [focusKey])
  return (
    <h2 id={id} ref={heading} tabIndex={-1} className={`font-semibold outline-none ${className}`}>
      {children}
    </h2>
  )
}
