// The whole capture flow as one component, for embedding in a React page: pass `onComplete` to receive
// each verified record (return false when it was not taken), and `journey` to choose whose screens to show
// (by default the link and the device decide: src/session/journey.ts). The standalone app (app.tsx) uses it
// with a postMessage hand-off.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState } from 'react'
import { compressImage } from '#src/features/compress/compress-image.ts'
import type { VerifiedRecord } from '#src/hkid/verified-record.ts'
import { handoffLink, handoffLinkLost } from '#src/session/desk-handoff-link.ts'
import { lostCaptureLink } from '#src/session/capture-token.ts'
import { currentJourney, type Journey } from '#src/session/journey.ts'
import { AppShell } from './app-shell.tsx'
import { CaptureFlow } from './capture-flow.tsx'
import { DestinationGate } from './destination-gate.tsx'
import type { DeliveryOutcome } from './use-capture-flow.ts'

function makeQueryClient() {
  return new QueryClient({
    // Nothing personal may linger in the cache: results live in component state only.
    defaultOptions: { queries: { gcTime: 0, retry: 1 }, mutations: { gcTime: 0, retry: 0 } },
  })
}

// The customer's own words, and the phone's side of a hand-off, load only where they are needed.
const loadJourneyStrings = () => import('#src/i18n/journey-strings.ts')
// A customer's own link opens on the collection statement (src/features/consent), agreed to before the camera.
const ConsentGate = lazy(() =>
  Promise.all([loadJourneyStrings(), import('./consent-gate.tsx')]).then(([, m]) => ({
    default: m.ConsentGate,
  })),
)
const PhoneSession = lazy(() =>
  Promise.all([loadJourneyStrings(), import('#src/features/desk-handoff/components/phone-session.tsx')]).then(
    ([, m]) => ({ default: m.PhoneSession }),
  ),
)
const LinkUsed = lazy(() =>
  Promise.all([loadJourneyStrings(), import('./customer-link-used.tsx')]).then(([, m]) => ({
    default: m.CustomerLinkUsed,
  })),
)

export interface HkidCaptureProps {
  onComplete?: (record: VerifiedRecord) => DeliveryOutcome
  journey?: Journey
  /** Whether `onComplete` has a page to hand a record to (default: whenever it is given); a customer's
   * journey without it, and without a webhook, does not start. */
  hostTakesRecords?: () => boolean | Promise<boolean>
}

export function HkidCapture({ onComplete, journey, hostTakesRecords }: HkidCaptureProps) {
  const [takesRecords] = useState(() => hostTakesRecords ?? (() => onComplete !== undefined))
  const [queryClient] = useState(makeQueryClient)
  const [fromDesk] = useState(() => handoffLink() !== null || handoffLinkLost())
  const [chosen] = useState(() => (fromDesk ? 'customer' : (journey ?? currentJourney())))
  // A customer's link reloaded has lost its token: say so before a photo that could never be read.
  const [linkUsed] = useState(() => !fromDesk && chosen === 'customer' && lostCaptureLink() !== null)
  useEffect(() => {
    if (chosen === 'customer') void loadJourneyStrings().catch(() => undefined)
  }, [chosen])

  return (
    <QueryClientProvider client={queryClient}>
      {fromDesk ? (
        <Suspense fallback={<AppShell step="capture">{null}</AppShell>}>
          <PhoneSession shrinkPhoto={compressImage}>
            {({ phone, screen, ended }) => (
              <CaptureFlow journey="customer" phone={phone} phoneScreen={screen} phoneEnded={ended} />
            )}
          </PhoneSession>
        </Suspense>
      ) : linkUsed ? (
        // A link that is over is at no step: "1 Capture" told a customer who had sent everything to start again.
        <AppShell step="capture" steps={[]} journey="customer">
          <Suspense fallback={null}>
            <LinkUsed />
          </Suspense>
        </AppShell>
      ) : chosen === 'customer' ? (
        <DestinationGate hostTakesRecords={takesRecords}>
          <Suspense fallback={<AppShell step="capture">{null}</AppShell>}>
            <ConsentGate frame={(step) => <AppShell step="capture">{step}</AppShell>}>
              {(consent) => <CaptureFlow journey={chosen} onComplete={onComplete} consent={consent} />}
            </ConsentGate>
          </Suspense>
        </DestinationGate>
      ) : (
        <CaptureFlow journey={chosen} onComplete={onComplete} />
      )}
    </QueryClientProvider>
  )
}
