import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { CaptureFlow } from './capture-flow.tsx'

function makeQueryClient() {
  return new QueryClient({
    // Nothing personal may linger in the cache: results live in component state only.
    defaultOptions: { queries: { gcTime: 0, retry: 1 }, mutations: { gcTime: 0, retry: 0 } },
  })
}

export function App() {
  const [queryClient] = useState(makeQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <CaptureFlow />
    </QueryClientProvider>
  )
}
