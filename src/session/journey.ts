// Who the app is serving, decided once per visit: the operator at a desk (keyboard-first, many customers, the
// verified record to hand on) or a customer on their own (plain words, one step at a time, a real ending).
// A phone opened from a desk's code is the customer's; then a link's own journey (capture-link --journey);
// then `?journey=` (or the older `?mode=`) from an embedding page; then the device: a phone is a customer's.
import { captureTokenJourney, lostCaptureLink } from './capture-token.ts'
import { handoffLink, handoffLinkLost } from './desk-handoff-link.ts'

export type Journey = 'operator' | 'customer'

export interface JourneyInputs {
  search: string
  /** Opened from a desk's hand-off code (even one a reload has lost). */
  fromDesk: boolean
  linkJourney: Journey | null
  phone: boolean
}

const ASKED: Record<string, Journey> = {
  operator: 'operator',
  customer: 'customer',
  'self-service': 'customer',
}

export function detectJourney({ search, fromDesk, linkJourney, phone }: JourneyInputs): Journey {
  if (fromDesk) return 'customer'
  if (linkJourney) return linkJourney
  const params = new URLSearchParams(search)
  const asked = ASKED[params.get('journey') ?? params.get('mode') ?? '']
  if (asked) return asked
  return phone ? 'customer' : 'operator'
}

/** A touch-first small screen: a phone. The desk never offers a hand-off to a phone from one. */
export function isPhone(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(pointer: coarse) and (max-width: 900px)').matches
}

const linkJourneyOf = (mark: string | null): Journey | null =>
  mark === 'customer' || mark === 'operator' ? mark : null

export function currentJourney(): Journey {
  return detectJourney({
    search: typeof location === 'undefined' ? '' : location.search,
    fromDesk: handoffLink() !== null || handoffLinkLost(),
    // A reloaded link keeps its journey, so its customer is told the link is spent, in their words.
    linkJourney: captureTokenJourney() ?? linkJourneyOf(lostCaptureLink()),
    phone: isPhone(),
  })
}
