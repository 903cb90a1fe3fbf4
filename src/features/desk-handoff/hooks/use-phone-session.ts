// The phone's side of a hand-off: take hold of the link (a second phone is turned away), listen for the
// desk's word, and send the sealed result — or, when the card cannot be read here, that it could not.
// Each way it can end (done, expired, in use, the desk gone, a reload) is final; only "offline" waits for
// "try again" (or the connection coming back).
import { useCallback, useEffect, useRef, useState } from 'react'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { adoptCaptureToken, captureToken } from '#src/session/capture-token.ts'
import type { HandoffLink } from '#src/session/desk-handoff-link.ts'
import { HandoffError, openOnPhone, sendFromPhone, waitOnPhone } from '../api/desk-handoff-api.ts'
import type { HandoffMessage } from '#src/hkid/desk-handoff-contract.ts'
import { pause } from '../lib/phone-link.ts'
import { photoForDesk, roomForPhoto, type ShrinkPhoto } from '../lib/photo-for-desk.ts'
import { importKey, seal, toBase64Url } from '../lib/seal.ts'

export type PhoneStatus =
  | 'connecting'
  | 'ready'
  | 'sending'
  | 'sent'
  | 'offline'
  | 'done'
  | 'expired'
  | 'in-use'
  | 'closed'
  | 'lost'
  | 'unavailable'

const FINAL: ReadonlySet<PhoneStatus> = new Set([
  'done',
  'expired',
  'in-use',
  'closed',
  'lost',
  'unavailable',
])

function statusFor(error: unknown): PhoneStatus {
  const code = error instanceof HandoffError ? error.code : 'NETWORK'
  if (code === 'HANDOFF_IN_USE') return 'in-use'
  if (code === 'HANDOFF_EXPIRED' || code === 'UNAUTHORIZED') return 'expired'
  if (code === 'NETWORK' || code === 'TEMPORARILY_UNAVAILABLE' || code === 'RATE_LIMITED') return 'offline'
  return 'unavailable'
}

export function usePhoneSession(link: HandoffLink | null, shrinkPhoto: ShrinkPhoto) {
  const [status, setStatus] = useState<PhoneStatus>(link ? 'connecting' : 'lost')
  const statusRef = useRef(status)
  const [device] = useState(() => toBase64Url(crypto.getRandomValues(new Uint8Array(16))))
  const retryRef = useRef<(() => void) | null>(null)
  const stop = useRef(new AbortController())

  const settle = useCallback((next: PhoneStatus) => {
    if (FINAL.has(statusRef.current)) return
    statusRef.current = next
    setStatus(next)
  }, [])

  const listen = useCallback(async () => {
    const signal = stop.current.signal
    while (!signal.aborted && !FINAL.has(statusRef.current)) {
      try {
        const replies = await waitOnPhone(captureToken(), signal)
        if (replies.includes('received')) settle('done')
        else if (replies.includes('closed')) settle('closed')
      } catch (error) {
        if (signal.aborted) return
        const next = statusFor(error)
        if (next !== 'offline') return settle(next)
        await pause(3000, signal)
      }
    }
  }, [settle])

  useEffect(() => {
    if (!link) return
    const session = new AbortController()
    stop.current = session
    const open = async () => {
      settle('connecting')
      try {
        const { expiresAt, phoneToken } = await openOnPhone(link.channel, device)
        if (session.signal.aborted) return
        // Recognizing, sending and listening all use it from now on.
        adoptCaptureToken(phoneToken)
        settle('ready')
        const timer = setTimeout(() => settle('expired'), Date.parse(expiresAt) - Date.now())
        session.signal.addEventListener('abort', () => clearTimeout(timer))
        void listen()
      } catch (error) {
        retryRef.current = () => void open()
        settle(statusFor(error))
      }
    }
    void open()
    return () => session.abort()
  }, [link, device, listen, settle])

  const post = useCallback(
    async (message: HandoffMessage, then: PhoneStatus, image?: Blob) => {
      if (!link) return
      const photo = await photoForDesk(
        image,
        roomForPhoto(new TextEncoder().encode(JSON.stringify(message)).length),
        shrinkPhoto,
      )
      const sealed = await seal(
        await importKey(link.key),
        link.channel,
        photo ? { ...message, photo: photo.type } : message,
        photo?.bytes,
      )
      const attempt = async () => {
        try {
          await sendFromPhone(captureToken(), device, sealed)
          settle(then)
        } catch (error) {
          // Sent before, and only the answer was lost: it is there.
          if (error instanceof HandoffError && error.code === 'HANDOFF_USED') return settle(then)
          retryRef.current = () => {
            settle('sending')
            void attempt()
          }
          settle(statusFor(error))
        }
      }
      await attempt()
    },
    [device, link, settle, shrinkPhoto],
  )

  const send = useCallback(
    (result: RecognizeResult, recognizedAt: Date, image?: Blob) => {
      settle('sending')
      void post({ kind: 'result', result, recognizedAt: recognizedAt.toISOString() }, 'sent', image)
    },
    [post, settle],
  )

  const reportFailure = useCallback(
    (code: string) => {
      if (code === 'UNAUTHORIZED') return settle('expired')
      settle('unavailable')
      // Best effort: the desk stops waiting for a photo that will not come.
      void post({ kind: 'failed', code }, 'unavailable').catch(() => undefined)
    },
    [post, settle],
  )

  // Offline: "try again", or the connection coming back, retries what failed.
  useEffect(() => {
    if (status !== 'offline') return
    const retry = () => retryRef.current?.()
    window.addEventListener('online', retry)
    return () => window.removeEventListener('online', retry)
  }, [status])

  return { status, send, reportFailure, retry: () => retryRef.current?.() }
}
