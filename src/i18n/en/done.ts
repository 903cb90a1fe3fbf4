// English strings of the done step. zh-HK mirrors every key.
export const done = {
  heading: 'Details confirmed',
  summary: 'The verified record is ready.',
  download: 'Download record (JSON)',
  recordHeading: 'Verified record',
  edits: 'Corrections',
  overrides: 'Accepted by the operator with a reason',
  reason: 'Reason: {{reason}}',
  warningsUnavailable: 'Not available from the card reader',
  handedOff: 'The record was sent to {{origin}}.',
  noEdits: 'No fields were corrected.',
  warnings: 'Warnings',
  requestId: 'Recognition reference',
  confirmedAt: 'Confirmed at',
  from: 'Read as',
  to: 'Corrected to',
  empty: '(empty)',
} as const
