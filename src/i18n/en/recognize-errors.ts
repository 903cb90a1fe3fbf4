// English words for the recognize step's failures other than offline: loaded when the camera opens
// (i18n/recognize-error-strings.ts). zh-HK mirrors every key.
export const recognizeErrors = {
  requestId: 'Request ID: {{id}}',
  errors: {
    NOT_HKID: {
      title: 'This does not look like a Hong Kong identity card',
      body: 'Make sure the front of the card fills the frame and nothing covers it, then retake the photo.',
    },
    IMAGE_UNREADABLE: {
      title: 'The photo could not be read',
      body: 'The image may be damaged. Retake the photo or choose another file.',
    },
    IMAGE_BLURRY: {
      title: 'The photo is blurry',
      body: 'Hold the card and the camera still, with the card filling the frame, then retake the photo.',
    },
    IMAGE_TOO_LARGE: {
      title: 'The photo is too large',
      body: 'Retake the photo, or choose a smaller file.',
    },
    RECOGNITION_FAILED: {
      title: 'The card could not be read this time',
      body: 'Try again. If it keeps failing, retake the photo in better light.',
    },
    BUSY: {
      title: 'The service is busy',
      body: 'Wait a few seconds and try again. Your photo is kept.',
    },
    SERVICE_UNAVAILABLE: {
      title: 'Card reading is not set up',
      body: 'This service’s card reading is not set up correctly (its keys or account), so no card can be read here or on a phone until it is fixed. Tell your technical support, with the request ID below; once they have fixed it, reload this page.',
    },
    UPSTREAM_TIMEOUT: {
      title: 'Reading the card took too long',
      body: 'The card reader was slow to answer. Try again; your photo is kept.',
    },
    UPSTREAM_ERROR: {
      title: 'The card reader could not be reached',
      body: 'Try again in a moment; your photo is kept.',
    },
    UNSUPPORTED_TYPE: {
      title: 'This file type is not supported',
      body: 'Use a JPEG or PNG photo of the card.',
    },
    EMPTY_BODY: {
      title: 'No photo was received',
      body: 'Retake the photo or choose the file again.',
    },
    UNAUTHORIZED: {
      title: 'This link has expired',
      body: 'Ask for a new capture link to continue.',
    },
    RATE_LIMITED: {
      title: 'Too many attempts',
      body: 'Wait a minute, then try again. Your photo is kept.',
    },
    REQUEST_TIMEOUT: {
      title: 'The photo took too long to send',
      body: 'The connection may be slow. Move to a stronger signal and try again; your photo is kept.',
    },
    TEMPORARILY_UNAVAILABLE: {
      title: 'Card reading is paused for a moment',
      body: 'Try again in a minute; your photo is kept.',
    },
    NOT_FOUND: {
      title: 'This service is not set up correctly',
      body: 'No card can be read until it is fixed. Tell your technical support, with the request ID below; once they have fixed it, reload this page.',
    },
    METHOD_NOT_ALLOWED: {
      title: 'This service is not set up correctly',
      body: 'No card can be read until it is fixed. Tell your technical support, with the request ID below; once they have fixed it, reload this page.',
    },
    INTERNAL_ERROR: { title: 'Something went wrong on our side', body: 'Try again; your photo is kept.' },
    INVALID_RESPONSE: {
      title: 'The answer could not be understood',
      body: 'Try again. If it keeps happening, tell your technical support.',
    },
    COMPRESS_FAILED: {
      title: 'The photo could not be prepared',
      body: 'The file may be damaged or in a format this browser cannot open. Retake the photo or choose another file.',
    },
    // Reading on the device (READ_ON=device|auto)
    DEVICE_READER_UNAVAILABLE: {
      title: 'The card cannot be read in this browser right now',
      body: 'The card reader could not be loaded in this browser. Try again in a moment, or continue on a phone. The photo is kept.',
    },
    DEVICE_READING_OFF: {
      title: 'The card cannot be read in this browser',
      body: 'Try again: the photo will be read by our service instead.',
    },
  },
  // Reading on the device: shown only when the reader is still arriving as the card is read
  deviceReader: {
    preparing: 'Getting the card reader ready… {{percent}} %',
  },
} as const
