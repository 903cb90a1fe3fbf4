import { ensureGeneratedFixtures } from './fixture-files.ts'

export default async function globalSetup() {
  await ensureGeneratedFixtures()
}
