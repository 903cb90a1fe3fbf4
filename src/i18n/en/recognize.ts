// English strings of the recognize step shown while a photo is read, and the offline message (always
// loaded); every other failure is in recognize-errors.ts. zh-HK mirrors every key.
export const recognize = {
  preparing: 'Preparing the image…',
  reading: 'Reading the card…',
  cancel: 'Cancel',
  retake: 'Retake photo',
  tryAgain: 'Try again',
  errors: {
    NETWORK: {
      title: 'You seem to be offline',
      body: 'Check your connection and try again; your photo is kept.',
    },
  },
} as const
