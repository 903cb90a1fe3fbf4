// @vitest-environment jsdom
// No destination, no customer journey: with neither a webhook nor a host page, a plain screen says so and the
// camera (here, whatever the gate guards) never starts. Only the server's answer is stood in for.
import '#src/i18n/journey-strings.ts'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { forgetClientConfig } from '#src/session/client-config.ts'
import { TEST_RECORD_PUBLIC_JWK } from '#testing/records/test-record-keys.ts'
import { DestinationGate } from './destination-gate.tsx'

function server(answer: 'webhook' | 'none' | 'down') {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      if (url === '/api/health') return Response.json({ ok: true, upstream: 'tencent' })
      if (url !== '/api/client-config' || answer === 'down') return new Response(null, { status: 503 })
      return Response.json({
        recordHostOrigin: null,
        recognizeDeadlineMs: 30_000,
        recordWebhook: answer === 'webhook' ? { publicJwk: TEST_RECORD_PUBLIC_JWK } : null,
      })
    }),
  )
}

const cameraStarted = vi.fn()
function Camera() {
  cameraStarted()
  return <p>camera</p>
}

function show(hostTakesRecords: () => boolean) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <DestinationGate hostTakesRecords={hostTakesRecords}>
        <Camera />
      </DestinationGate>
    </QueryClientProvider>,
  )
}

beforeEach(() => {
  forgetClientConfig()
  cameraStarted.mockClear()
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('DestinationGate', () => {
  it('with no webhook and no host page: says the link is not set up, and the camera never starts', async () => {
    server('none')
    show(() => false)
    expect(await screen.findByText('This link isn’t set up yet')).toBeTruthy()
    expect(screen.getByTestId('no-destination').textContent).toContain('Contact whoever sent you this link')
    expect(cameraStarted).not.toHaveBeenCalled()
  })

  it('starts the journey with a webhook, or with a host page that takes records', async () => {
    server('webhook')
    show(() => false)
    expect(await screen.findByText('camera')).toBeTruthy()
    cleanup()
    server('none')
    show(() => true)
    expect(await screen.findByText('camera')).toBeTruthy()
  })

  it('does not turn the customer away when the server cannot be asked', async () => {
    server('down')
    show(() => false)
    expect(await screen.findByText('camera')).toBeTruthy()
    expect(screen.queryByTestId('no-destination')).toBeNull()
  })
})
