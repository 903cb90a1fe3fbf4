// English strings of the app step. zh-HK mirrors every key.
export const app = {
  title: 'HKID Capture',
  tagline: 'Hong Kong identity card verification',
  localReaderBanner: 'Read on this server by the local reader — the photo does not leave this machine.',
  steps: { capture: 'Capture', review: 'Review', done: 'Done' },
  nextCustomer: 'Next customer',
  nextCustomerShortcut: 'Alt+N',
  ready: {
    heading: 'Ready for the next customer',
    body: 'Everything about the previous customer has been cleared. The camera starts when you begin.',
    start: 'Start capture',
  },
  case: {
    reference: 'Customer reference (optional)',
    referenceHint: 'Your case or customer number: it goes into the verified record and its file name.',
    continueOnPhone: 'Continue on a phone',
  },
  language: 'Language',
  progress: 'Progress',
} as const
