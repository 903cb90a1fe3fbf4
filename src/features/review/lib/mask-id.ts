// Over-the-shoulder privacy: one "Hide number" switch hides the identity card number wherever review and the
// confirmed record show it — the field, the window text, the findings that quote it, the reasons' labels and
// the corrections. Held in memory for this page only: an operator's preference, not personal data.
import { useSyncExternalStore } from 'react'
import type { Finding, FindingCode } from '#src/hkid/finding.ts'
import type { CardFieldName } from '#src/hkid/recognize-contract.ts'

/** Keeps the prefix letters, hides the digits and check digit. */
export function maskIdNumber(idNum: string): string {
  const prefix = /^[A-Za-z]{1,2}/.exec(idNum.trim())?.[0] ?? ''
  return `${prefix.toUpperCase()}••••••(•)`
}

/** Any text holding (part of) the number: digits and a bracketed check character become dots. */
export function maskNumberText(text: string): string {
  return text.replace(/\(\s*[0-9A-Za-z]\s*\)/g, '(•)').replace(/[0-9０-９]/g, '•')
}

/** Fields whose value is (or repeats) the number. */
export const NUMBER_FIELDS: ReadonlySet<CardFieldName> = new Set(['idNum', 'windowEmbeddedText'])

/** Finding params that quote the number or its check digit. */
const NUMBER_PARAMS: Partial<Record<FindingCode, readonly string[]>> = {
  ID_FORMAT: ['value'],
  ID_CHECK_DIGIT: ['expected', 'found'],
  WINDOW_MISMATCH: ['window', 'idNum'],
}

/** The finding with the number hidden in its params, for display only (reasons stay keyed to the real one). */
export function maskFinding(finding: Finding): Finding {
  const keys = NUMBER_PARAMS[finding.code]
  if (!keys) return finding
  const params = { ...finding.params }
  for (const key of keys) {
    const value = params[key]
    if (typeof value === 'string') params[key] = value.length === 1 ? '•' : maskNumberText(value)
  }
  return { ...finding, params }
}

let hidden = false
const listeners = new Set<() => void>()

export function setNumberHidden(next: boolean): void {
  hidden = next
  for (const listener of listeners) listener()
}

/** Whether the number is hidden on screen, shared by every component that shows it. */
export function useNumberHidden(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => hidden,
  )
}
