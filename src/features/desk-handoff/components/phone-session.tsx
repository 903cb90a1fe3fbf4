// A phone opened from a desk's code: holds the hand-off for the capture flow it wraps (render prop, so this
// lazily loaded chunk never pulls the flow in with it). The flow gets a way to send its result back; while
// the hand-off has its own screen to show (connecting, sending, an ending), that screen is passed too.
import { useMemo, useState, type ReactNode } from 'react'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { handoffLink } from '#src/session/desk-handoff-link.ts'
import { usePhoneSession, type PhoneStatus } from '../hooks/use-phone-session.ts'
import type { ShrinkPhoto } from '../lib/photo-for-desk.ts'
import { PhoneScreen } from './phone-screen.tsx'

export interface PhoneBackToDesk {
  /** The result, and the card photo that was read (it goes to the desk too, sealed with it). */
  send(result: RecognizeResult, recognizedAt: Date, image?: Blob): void
  reportFailure(code: string): void
}

interface PhoneSessionProps {
  /** Downscales the card photo when it would not fit the hand-off's message beside the result. */
  shrinkPhoto: ShrinkPhoto
  children: (session: { phone: PhoneBackToDesk; screen: ReactNode; ended: boolean }) => ReactNode
}

// A hand-off that ended before its photo (expired, taken by another phone, the desk gone) is at no step.
const ENDED: ReadonlySet<PhoneStatus> = new Set(['expired', 'in-use', 'closed', 'lost', 'unavailable'])

export function PhoneSession({ shrinkPhoto, children }: PhoneSessionProps) {
  const [link] = useState(handoffLink)
  const { status, send, reportFailure, retry } = usePhoneSession(link, shrinkPhoto)
  const phone = useMemo(() => ({ send, reportFailure }), [send, reportFailure])
  const screen = status === 'ready' ? null : <PhoneScreen status={status} onRetry={retry} />
  return children({ phone, screen, ended: ENDED.has(status) })
}
