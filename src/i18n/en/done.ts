// English strings of the done step. zh-HK mirrors every key.
export const done = {
  heading: 'Details confirmed',
  summary: 'The verified record is ready.',
  download: 'Download record (JSON)',
  recordHeading: 'Verified record',
  edits: 'Corrections',
  overrides: 'Errors accepted by the operator',
  reason: 'Reason: {{reason}}',
  handedOff: 'The record was sent to {{origin}}.',
  noEdits: 'No fields were corrected.',
  warnings: 'Warnings',
  requestId: 'Recognition reference',
  confirmedAt: 'Confirmed at',
  from: 'Read as',
  to: 'Corrected to',
  empty: '(empty)',
} as const
