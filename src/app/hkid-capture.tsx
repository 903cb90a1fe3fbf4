// The whole capture flow as one component, for embedding in a React page: pass `onComplete` to receive
// each verified record. The standalone app (app.tsx) uses it with a postMessage hand-off.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import type { VerifiedRecord } from '#src/features/review/lib/verified-record.ts'
import { CaptureFlow } from './capture-flow.tsx'

function makeQueryClient() {
  return new QueryClient({
    // Nothing personal may linger in the cache: results live in component state only.
    defaultOptions: { queries: { gcTime: 0, retry: 1 }, mutations: { gcTime: 0, retry: 0 } },
  })
}

export interface HkidCaptureProps {
  onComplete?: (record: VerifiedRecord) => void
}

export function HkidCapture({ onComplete }: HkidCaptureProps) {
  const [queryClient] = useState(makeQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <CaptureFlow onComplete={onComplete} />
    </QueryClientProvider>
  )
}
