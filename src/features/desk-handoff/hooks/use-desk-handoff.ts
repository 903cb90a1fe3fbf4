// The desk's side of a hand-off: start a channel, make the key, show the link, and wait (long-poll, again
// and again, riding out a lost connection) until the phone's sealed result arrives; then open it here and
// tell the phone. Leaving — cancel, a new code, closing the tab — tells the phone the desk stopped waiting.
import { useEffect, useRef, useState } from 'react'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { captureToken } from '#src/session/capture-token.ts'
import { HandoffError, replyToPhone, startHandoff, waitAtDesk } from '../api/desk-handoff-api.ts'
import { handoffMessageSchema } from '#src/hkid/desk-handoff-contract.ts'
import { pause, phoneLinkFor } from '../lib/phone-link.ts'
import { fromBase64, makeKey, unseal } from '../lib/seal.ts'

export type DeskStatus =
  | { kind: 'starting' }
  | { kind: 'waiting'; link: string; expiresAt: Date; opened: boolean }
  | { kind: 'expired' }
  | { kind: 'start-failed'; unauthorized: boolean }
  | { kind: 'unreadable' }
  | { kind: 'phone-failed' }

const ignore = () => undefined

/** The phone's result, and the card photo it read (when it came: an older phone's message has none). */
export type OnPhoneResult = (result: RecognizeResult, recognizedAt: Date, image?: Blob) => void

export function useDeskHandoff(onResult: OnPhoneResult) {
  const [attempt, setAttempt] = useState(0)
  const [status, setStatus] = useState<DeskStatus>({ kind: 'starting' })
  const [refused, setRefused] = useState(false)
  const [reconnecting, setReconnecting] = useState(false)
  const latestOnResult = useRef(onResult)
  useEffect(() => {
    latestOnResult.current = onResult
  })

  useEffect(() => {
    let live = true
    const stop = new AbortController()
    let deskToken: string | null = null
    // Once the phone's message has arrived, or the code has expired, nobody is left to tell.
    let over = false

    async function receive(channel: string, key: CryptoKey, data: string) {
      over = true
      let message
      let attachment
      try {
        const opened = await unseal(key, channel, fromBase64(data))
        message = handoffMessageSchema.parse(opened.value)
        attachment = opened.attachment
      } catch {
        if (live) setStatus({ kind: 'unreadable' })
        return
      }
      if (deskToken) replyToPhone(deskToken, 'received').catch(ignore)
      if (!live) return
      if (message.kind === 'failed') setStatus({ kind: 'phone-failed' })
      else {
        const { result, recognizedAt, photo } = message
        const image = photo && attachment.length > 0 ? new Blob([attachment], { type: photo }) : undefined
        latestOnResult.current(result, new Date(recognizedAt), image)
      }
    }

    async function run() {
      let started
      try {
        const [start, made] = await Promise.all([startHandoff(captureToken()), makeKey()])
        started = { start, ...made }
      } catch (error) {
        const code = error instanceof HandoffError ? error.code : 'NETWORK'
        if (live)
          setStatus({
            kind: 'start-failed',
            unauthorized: code === 'UNAUTHORIZED' || code === 'HANDOFF_EXPIRED',
          })
        return
      }
      const { start, key, raw } = started
      deskToken = start.deskToken
      if (!live) return void replyToPhone(start.deskToken, 'closed').catch(ignore)
      const expiresAt = new Date(start.expiresAt)
      const link = phoneLinkFor(window.location, { channel: start.channel, key: raw })
      setStatus({ kind: 'waiting', link, expiresAt, opened: false })
      const expiry = setTimeout(() => {
        over = true
        stop.abort()
        if (live) setStatus({ kind: 'expired' })
      }, expiresAt.getTime() - Date.now())
      let backoff = 1000
      try {
        while (!stop.signal.aborted) {
          let events
          try {
            events = await waitAtDesk(start.deskToken, stop.signal)
          } catch (error) {
            if (stop.signal.aborted) return
            const code = error instanceof HandoffError ? error.code : 'NETWORK'
            if (code === 'HANDOFF_EXPIRED' || code === 'UNAUTHORIZED') {
              over = true
              return setStatus({ kind: 'expired' })
            }
            setReconnecting(true)
            await pause(backoff, stop.signal)
            backoff = Math.min(backoff * 2, 8000)
            continue
          }
          setReconnecting(false)
          backoff = 1000
          for (const event of events) {
            if (event.type === 'opened') setStatus((s) => (s.kind === 'waiting' ? { ...s, opened: true } : s))
            if (event.type === 'refused') setRefused(true)
            if (event.type === 'message') return await receive(start.channel, key, event.data)
          }
        }
      } finally {
        clearTimeout(expiry)
      }
    }

    void run()
    const tellPhone = () => {
      if (deskToken && !over) replyToPhone(deskToken, 'closed', true).catch(ignore)
    }
    const askFirst = (event: BeforeUnloadEvent) => {
      if (!deskToken || over) return
      event.preventDefault()
      event.returnValue = ''
    }
    window.addEventListener('pagehide', tellPhone)
    window.addEventListener('beforeunload', askFirst)
    return () => {
      live = false
      stop.abort()
      window.removeEventListener('pagehide', tellPhone)
      window.removeEventListener('beforeunload', askFirst)
      tellPhone()
      over = true
    }
  }, [attempt])

  function newCode() {
    setStatus({ kind: 'starting' })
    setRefused(false)
    setReconnecting(false)
    setAttempt((n) => n + 1)
  }

  return { status, refused, reconnecting, newCode }
}
