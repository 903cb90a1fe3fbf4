import { ensureGeneratedFixtures } from '../fixtures/fixture-files.ts'
import { ensureReaderCards } from './reader-cards.ts'

export default async function globalSetup() {
  await ensureGeneratedFixtures()
  // Two cards of people other than the specimen, for the local reader's specs (a few seconds, then cached).
  await ensureReaderCards()
}
