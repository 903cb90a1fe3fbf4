import { ensureGeneratedFixtures } from '../fixtures/fixture-files.ts'

export default async function globalSetup() {
  await ensureGeneratedFixtures()
}
