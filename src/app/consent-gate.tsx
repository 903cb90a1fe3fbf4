// A customer's journey starts with the collection statement: the capture flow (and its camera) only once it
// is agreed to, with the consent handed on for the record. Loaded on demand, off the first screen's bundle;
// `frame` puts the statement in the page's shell (passed in, so the shell's code stays in its own chunk).
import { useState, type ReactNode } from 'react'
import { ConsentStep } from '#src/features/consent/components/consent-step.tsx'
import type { Consent } from '#src/hkid/verified-record.ts'

interface ConsentGateProps {
  frame: (step: ReactNode) => ReactNode
  children: (consent: Consent) => ReactNode
}

export function ConsentGate({ frame, children }: ConsentGateProps) {
  const [consent, setConsent] = useState<Consent | null>(null)
  return consent ? children(consent) : frame(<ConsentStep onConsent={setConsent} />)
}
