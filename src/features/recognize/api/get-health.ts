import { queryOptions } from '@tanstack/react-query'
import { healthSchema } from '../../../hkid/recognize-contract.ts'

/** Which recognizer the endpoint uses; the app shows a demo banner on the emulator. */
export const healthQuery = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: async ({ signal }) => {
      const response = await fetch('/api/health', { signal, cache: 'no-store' })
      return healthSchema.parse(await response.json())
    },
    staleTime: Infinity,
  })
