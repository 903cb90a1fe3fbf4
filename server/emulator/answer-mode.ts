// What the emulator answers with: the local reader's reading of the image (the default of `npm run emulator`),
// or the fixed specimen card (tests that need the same answer every time). Switchable per test through the
// control route; a reset goes back to what the server was started with.
import { z } from 'zod'

export const emulatorAnswers = ['local-reader', 'specimen'] as const
export const emulatorAnswerSchema = z.enum(emulatorAnswers)
export type EmulatorAnswer = z.infer<typeof emulatorAnswerSchema>

/** Body of POST /__emulator/answer */
export const answerControlSchema = z.strictObject({ mode: emulatorAnswerSchema })

export class AnswerSwitch {
  #current: EmulatorAnswer

  constructor(readonly initial: EmulatorAnswer) {
    this.#current = initial
  }

  get current(): EmulatorAnswer {
    return this.#current
  }

  set(mode: EmulatorAnswer): void {
    this.#current = mode
  }

  reset(): void {
    this.#current = this.initial
  }
}
