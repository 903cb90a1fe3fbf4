// A photo that could not be sent because the connection was gone (or stopped answering) goes again by
// itself as soon as the browser is back online; "Try again" does the same at once.
import { useEffect, useRef } from 'react'
import type { FlowState } from './flow-state.ts'

const RESUMABLE = new Set(['NETWORK', 'REQUEST_TIMEOUT'])

/** True when the flow waits on the connection to send its photo again. */
export function waitsForConnection(state: FlowState): boolean {
  return state.step === 'error' && RESUMABLE.has(state.code) && Boolean(state.image)
}

export function useResumeOnline(state: FlowState, send: (image: Blob) => void) {
  const latest = useRef(send)
  useEffect(() => {
    latest.current = send
  })
  const image = waitsForConnection(state) && state.step === 'error' ? state.image : undefined
  useEffect(() => {
    if (!image) return
    const resume = () => latest.current(image)
    window.addEventListener('online', resume)
    return () => window.removeEventListener('online', resume)
  }, [image])
}
