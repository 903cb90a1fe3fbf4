// `npm run emulator`: the HKIDCardOCR emulator as a standalone server, with the public demo keys. It answers with
// the local reader's reading (EMULATOR_ANSWER=local-reader, the default) or the specimen card (=specimen).
import { emulatorAnswerSchema } from './answer-mode.ts'
import { DEMO_SECRET_ID } from './demo-keys.ts'
import { startEmulator } from './start-emulator.ts'

// Its own settings, read here only: the server's configuration (server/config.ts) knows nothing of the emulator.
const portSetting = process.env.EMULATOR_PORT ?? '9401'
const port = Number(portSetting)
// Fail loudly on a typo, or an empty value, rather than letting the server pick some other port.
if (portSetting.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`EMULATOR_PORT must be a port number, got "${process.env.EMULATOR_PORT}"`)
  process.exit(1)
}
const host = process.env.EMULATOR_HOST ?? '127.0.0.1'
const control = process.env.EMULATOR_CONTROL === '1'
const answer = emulatorAnswerSchema.safeParse(process.env.EMULATOR_ANSWER?.trim() || 'local-reader')
if (!answer.success) {
  console.error('EMULATOR_ANSWER must be local-reader or specimen')
  process.exit(1)
}

const emulator = await startEmulator({ port, host, control, answer: answer.data })
console.log(
  `HKIDCardOCR emulator listening on ${emulator.url} (SecretId ${DEMO_SECRET_ID}, the public demo key pair; answers with the ${answer.data}; control routes ${control ? 'on' : 'off'})`,
)

// Close cleanly on Ctrl-C / docker stop so the port is released at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void emulator.close().finally(() => process.exit(0))
  })
}
