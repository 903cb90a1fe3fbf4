// The journey's reading: on the server (READ_ON=server, the default: recognize-card.ts), or on this device
// (read-on-device.ts, loaded only when the server says READ_ON=device or auto, never for the first screen).
import { mutationOptions } from '@tanstack/react-query'
import type { RecognizeResult } from '#src/hkid/recognize-contract.ts'
import { getClientConfig } from '#src/session/client-config.ts'
import { recognizeCard, recognizeCardMutation, type RecognizeCardInput } from './recognize-card.ts'

export async function readCard(input: RecognizeCardInput): Promise<RecognizeResult> {
  const { readOn = 'server' } = await getClientConfig()
  if (readOn === 'server') return recognizeCard(input)
  const { readCardWith } = await import('./read-on-device.ts')
  return readCardWith(readOn, input)
}

/** recognizeCardMutation's settings (no retry, always online) with the reading READ_ON chooses. */
export const readCardMutation = () => mutationOptions({ ...recognizeCardMutation(), mutationFn: readCard })
