import type { Finding } from '#src/hkid/finding.ts'

/** A key for one finding about one value, used to attach an override reason to it: after an edit
 * to another wrong value the finding's params change, so an old reason no longer clears it. */
export function findingKey(finding: Finding): string {
  return `${finding.code}:${finding.field ?? 'card'}:${JSON.stringify(finding.params)}`
}
