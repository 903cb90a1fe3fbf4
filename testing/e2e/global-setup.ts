import { ensureSceneBank } from '#testing/banks/scene-bank/make-scene-bank.ts'
import { ensureGeneratedFixtures } from '#testing/fixtures/fixture-files.ts'
import { ensureReaderCards } from './reader-cards.ts'

export default async function globalSetup() {
  await ensureGeneratedFixtures()
  // Two cards of people other than the specimen, for the local reader's specs (a few seconds, then cached).
  await ensureReaderCards()
  // The capture meter's scenes (e2e/scene-bank.spec.ts): drawn once, redrawn only when their code changes.
  await ensureSceneBank({ log: (line) => console.log(line) })
}
