/// <reference lib="webworker" />
import { compressBitmapOrBlob } from './compress-core.ts'
import { toCompressError } from './compress-error.ts'
import type { CompressRequest, CompressResponse } from './compress-types.ts'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<CompressRequest>) => {
  const { id, source, options } = event.data
  let reply: CompressResponse
  try {
    reply = { id, ok: true, result: await compressBitmapOrBlob(source, options) }
  } catch (error) {
    const { reason, message } = toCompressError(error)
    reply = { id, ok: false, reason, message }
  }
  scope.postMessage(reply)
}
