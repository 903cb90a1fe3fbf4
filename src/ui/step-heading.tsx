// A step's title. The step replaced what had focus, so the title takes it: a screen reader reads the new step
// out and Tab continues from here, never from the top of the page. On the page's first screen nothing was
// replaced, so the caller may leave focus where the browser puts it (`autoFocus={false}`).
import { useEffect, useRef, type ReactNode } from 'react'

interface StepHeadingProps {
  id?: string
  children: ReactNode
  /** Focus again when this changes (e.g. a different error on the same panel) */
  focusKey?: unknown
  autoFocus?: boolean
  className?: string
}

export function StepHeading({
  id,
  children,
  focusKey,
  autoFocus = true,
  className = 'text-xl sm:text-2xl',
}: StepHeadingProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (autoFocus) heading.current?.focus()
  }, [focusKey, autoFocus])
  return (
    <h2 id={id} ref={heading} tabIndex={-1} className={`font-semibold outline-none ${className}`}>
      {children}
    </h2>
  )
}
