// A customer's journey starts only when their record has somewhere to go: the business's webhook, or a host
// page that takes it. Otherwise a plain screen says so before the camera opens. A server that cannot be asked
// does not stop the customer (the recognition would say what is wrong); the confirm asks again.
import { Suspense, useEffect, useState, type ReactNode } from 'react'
import { askClientConfig } from '#src/session/client-config.ts'
import { AppShell } from './app-shell.tsx'
import { NoDestinationStep, StepLoadBoundary } from './lazy-steps.tsx'

interface DestinationGateProps {
  /** Whether a host page takes records (the embedding page's onComplete, or the opener by postMessage). */
  hostTakesRecords: () => boolean | Promise<boolean>
  children: ReactNode
}

type Known = 'asking' | 'somewhere' | 'nowhere'

export async function hasDestination(hostTakesRecords: () => boolean | Promise<boolean>): Promise<boolean> {
  const config = await askClientConfig()
  if (!config || config.recordWebhook) return true
  return hostTakesRecords()
}

export function DestinationGate({ hostTakesRecords, children }: DestinationGateProps) {
  const [known, setKnown] = useState<Known>('asking')
  useEffect(() => {
    let live = true
    void hasDestination(hostTakesRecords)
      .catch(() => true)
      .then((somewhere) => live && setKnown(somewhere ? 'somewhere' : 'nowhere'))
    return () => {
      live = false
    }
  }, [hostTakesRecords])
  if (known === 'somewhere') return children
  return (
    <AppShell step="capture" journey="customer">
      {known === 'nowhere' && (
        <StepLoadBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <NoDestinationStep />
          </Suspense>
        </StepLoadBoundary>
      )}
    </AppShell>
  )
}
