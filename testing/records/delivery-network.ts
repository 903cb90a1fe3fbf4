// For the browser's record delivery tests under jsdom (the customer's and the operator's): the server stood in
// for at the network only — client config with or without the webhook, POST /api/records answered by the test —
// and bytes jose accepts from TextEncoder.
import { base64url } from 'jose'
import { TextEncoder as NodeTextEncoder } from 'node:util'
import { vi } from 'vitest'
import { TEST_RECORD_PUBLIC_JWK } from './test-record-keys.ts'

export const RECEIPT = {
  id: 'rec_0123456789abcdefgh',
  reference: 'K7Q2-M9XD',
  acceptedAt: '2026-11-25T10:01:00.000Z',
}

/** Stubs `fetch`; returns the bodies posted to /api/records so far. */
export function stubRecordNetwork(webhook: boolean, records: () => Promise<Response> | Response) {
  const fetch = vi.fn<typeof globalThis.fetch>(async (url) => {
    if (url === '/api/client-config')
      return Response.json({
        recordHostOrigin: null,
        recognizeDeadlineMs: 30_000,
        recordWebhook: webhook ? { publicJwk: TEST_RECORD_PUBLIC_JWK } : null,
      })
    if (url === '/api/records') return records()
    return new Response(null, { status: 404 })
  })
  vi.stubGlobal('fetch', fetch)
  return () =>
    fetch.mock.calls.filter(([url]) => url === '/api/records').map(([, init]) => init!.body as string)
}

/** Under jsdom, TextEncoder's bytes come from another realm than jose's, and jose (rightly) refuses them; a
 * browser has one realm. Bytes of jose's own realm stand in (undone by `vi.unstubAllGlobals`). */
export function stubJoseRealmTextEncoder(): void {
  const JoseBytes = base64url.decode('').constructor as Uint8ArrayConstructor
  vi.stubGlobal(
    'TextEncoder',
    class {
      encode(text: string) {
        return new JoseBytes(new NodeTextEncoder().encode(text))
      }
    },
  )
}
