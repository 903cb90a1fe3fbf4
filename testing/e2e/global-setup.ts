import { ensureSceneBank } from '../banks/scene-bank/make-scene-bank.ts'
import { ensureGeneratedFixtures } from '../fixtures/fixture-files.ts'

export default async function globalSetup() {
  await ensureGeneratedFixtures()
  // The capture meter's scenes (e2e/scene-bank.spec.ts): drawn once, redrawn only when their code changes.
  await ensureSceneBank({ log: (line) => console.log(line) })
}
