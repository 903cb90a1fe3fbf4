// A Tencent recognizer whose endpoint nothing listens on (port 9, discard, on loopback: the connection is refused),
// for tests of the app around the recognizer that must never reach one.
import { tencentRecognizer } from '#server/recognizers/tencent-recognizer.ts'

export function unreachableTencent(timeoutMs = 1000) {
  return tencentRecognizer({ endpoint: 'http://127.0.0.1:9', secretId: 'x', secretKey: 'y', timeoutMs })
}
