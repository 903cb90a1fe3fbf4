// Drives /api/handoff/* of an app in-process the way the desk and the phone do, for the route tests.
import { expect } from 'vitest'
import { handoffErrorSchema } from '#src/hkid/api-errors.ts'
import {
  deskEventsSchema,
  handoffStartSchema,
  phoneEventsSchema,
  type HandoffStart,
} from '#src/hkid/desk-handoff-contract.ts'

type App = { request: (path: string, init?: RequestInit) => Response | Promise<Response> }

export function handoffClient(app: App) {
  const post = (path: string, init: RequestInit & { token?: string; device?: string } = {}) => {
    const { token, device, headers, ...rest } = init
    return Promise.resolve(
      app.request(`/api/handoff/${path}`, {
        method: 'POST',
        ...rest,
        headers: {
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
          ...(device ? { 'X-Handoff-Device': device } : {}),
          ...(headers as Record<string, string> | undefined),
        },
      }),
    )
  }
  const errorCode = async (response: Response) => handoffErrorSchema.parse(await response.json()).error.code

  return {
    post,
    errorCode,
    async start(deskLink?: string): Promise<HandoffStart> {
      const response = await post('start', deskLink ? { token: deskLink } : {})
      expect(response.status).toBe(201)
      return handoffStartSchema.parse(await response.json())
    },
    /** The phone opens the channel named in its link (no token: it is given one). */
    open: (start: Pick<HandoffStart, 'channel'>, device: string) =>
      post('open', { device, headers: { 'X-Handoff-Channel': start.channel } }),
    send: (start: HandoffStart, device: string, bytes: Uint8Array<ArrayBuffer>) =>
      post('message', {
        token: start.phoneToken,
        device,
        body: bytes,
        headers: { 'Content-Type': 'application/octet-stream' },
      }),
    async deskWait(start: HandoffStart) {
      const response = await post('desk-wait', { token: start.deskToken })
      expect(response.status).toBe(200)
      return deskEventsSchema.parse(await response.json()).events
    },
    reply: (start: HandoffStart, reply: 'received' | 'closed') =>
      post('reply', {
        token: start.deskToken,
        body: JSON.stringify(reply),
        headers: { 'Content-Type': 'application/json' },
      }),
    async phoneWait(start: HandoffStart) {
      const response = await post('phone-wait', { token: start.phoneToken })
      expect(response.status).toBe(200)
      return phoneEventsSchema.parse(await response.json()).events
    },
  }
}

export const deviceA = 'phone-device-aaaaaaaa'
export const deviceB = 'phone-device-bbbbbbbb'
