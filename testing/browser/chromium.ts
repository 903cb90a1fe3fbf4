// Which Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser.
import { existsSync } from 'node:fs'

export function chromiumExecutablePath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return fromEnv
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return undefined
}

/** Flags that keep headless Chromium quiet and offline-friendly. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
