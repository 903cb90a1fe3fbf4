import { queryOptions } from '@tanstack/react-query'

/** Which recognizer the endpoint uses; the app says so in a banner (the local reader, or the specimen). */
export const healthQuery = () =>
  queryOptions({
    queryKey: ['health'],
    queryFn: async ({ signal }) => {
      // Loaded here, not imported above: the contract and zod stay out of the first screen's bundle.
      const [response, { healthSchema }] = await Promise.all([
        fetch('/api/health', { signal, cache: 'no-store' }),
        import('#src/hkid/recognize-contract.ts'),
      ])
      return healthSchema.parse(await response.json())
    },
    staleTime: Infinity,
    meta: { keepForNextCustomer: true },
  })
