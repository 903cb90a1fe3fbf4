/** Over-the-shoulder privacy: keeps the prefix letters, hides the digits and check digit. */
export function maskIdNumber(idNum: string): string {
  const prefix = /^[A-Za-z]{1,2}/.exec(idNum.trim())?.[0] ?? ''
  return `${prefix.toUpperCase()}••••••(•)`
}
