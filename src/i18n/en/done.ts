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
  warningsNotChecked: 'Not checked: {{checks}}',
  handedOff: 'The record was sent to {{origin}}.',
  noEdits: 'No fields were corrected.',
  warnings: 'Warnings',
  requestId: 'Request ID',
  delivery: {
    pending: 'Not handed on yet: download the record, or it is lost at “Next customer”.',
    downloaded: 'Downloaded.',
    sent: 'Sent to the page that opened this app.',
    changed: 'The customer reference changed after the record was handed on: hand it on again.',
  },
  sendAgain: 'Send again',
  webhook: {
    sending: 'Sending to your back office…',
    acceptedLead: 'Sent to your back office — receipt',
    failed: {
      network: 'Not sent to your back office: there is no connection. The record is kept here.',
      busy: 'Not sent to your back office: the server is busy. Send again in {{seconds}} s.',
      link: 'Not sent to your back office: the sign-in has expired, or this record was sent already. Download it instead.',
      ours: 'Not sent to your back office: a problem on our side (request ID {{requestId}}). Send again, or download it.',
    },
    sendAgain: 'Send again',
  },
  leave: {
    title: 'Start the next customer?',
    body: 'This record has not been downloaded or sent anywhere, so it will be lost.',
    bodyWebhook:
      'Your back office has not confirmed this record (there is no receipt) and it has not been downloaded, so it may be lost.',
    confirm: 'Next customer anyway',
    cancel: 'Go back',
  },
  confirmedAt: 'Confirmed at',
  from: 'Read as',
  to: 'Corrected to',
  empty: '(empty)',
  /** What was confirmed, at a glance: the final name and number beside the card photo */
  confirmedCard: {
    heading: 'Confirmed card',
    name: 'Name',
    number: 'Number',
    noPhoto: 'No card photo on this device.',
  },
  /** A warning in the record's list, with the recognizer's code after it */
  warningWithCode: '{{warning}} ({{code}})',
} as const
