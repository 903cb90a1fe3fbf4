// English strings of the customer's own journey: written for someone alone with their phone, with no staff
// beside them and nothing about records or files. zh-HK mirrors every key.
export const customer = {
  errors: {
    NOT_HKID: {
      title: 'We couldn’t find your identity card in the photo',
      body: 'Take the photo again with the front of your card filling the frame and nothing covering it.',
    },
    IMAGE_UNREADABLE: {
      title: 'We couldn’t open that photo',
      body: 'Take the photo again, or choose a different one.',
    },
    IMAGE_BLURRY: {
      title: 'Your photo is blurry',
      body: 'Hold your card and your phone still, with the card filling the frame, and take the photo again.',
    },
    IMAGE_TOO_LARGE: {
      title: 'That photo is too big',
      body: 'Take the photo again with the camera, or choose a smaller one.',
    },
    RECOGNITION_FAILED: {
      title: 'We couldn’t read your card this time',
      body: 'Try again. If it still doesn’t work, take the photo again somewhere brighter.',
    },
    BUSY: {
      title: 'We’re busy right now',
      body: 'Wait a few seconds, then try again. We’ve kept your photo.',
    },
    SERVICE_UNAVAILABLE: {
      title: 'Card reading isn’t available right now',
      body: 'This is a problem on our side, not with your photo. Please try again later.',
    },
    UPSTREAM_TIMEOUT: {
      title: 'Reading your card took too long',
      body: 'The card reading service was slow to answer — not your connection. Try again; we’ve kept your photo.',
    },
    UPSTREAM_ERROR: {
      title: 'We couldn’t read your card just now',
      body: 'Try again in a moment; we’ve kept your photo.',
    },
    UNSUPPORTED_TYPE: {
      title: 'We can’t use that kind of file',
      body: 'Take a photo with the camera, or choose a JPEG or PNG photo.',
    },
    EMPTY_BODY: {
      title: 'Your photo didn’t arrive',
      body: 'Take the photo again, or choose it again.',
    },
    UNAUTHORIZED: {
      title: 'This link can no longer be used',
      body: 'It has expired or has been used already. Ask whoever sent it to you for a new one; there is nothing more to do on this page.',
    },
    RATE_LIMITED: {
      title: 'Too many tries in a short time',
      body: 'Wait a minute, then try again. We’ve kept your photo.',
    },
    REQUEST_TIMEOUT: {
      title: 'Your photo took too long to send',
      body: 'Your connection may be slow. Move to a stronger signal and try again; we’ve kept your photo.',
    },
    TEMPORARILY_UNAVAILABLE: {
      title: 'Card reading is paused for a moment',
      body: 'Try again in a minute; we’ve kept your photo.',
    },
    NOT_FOUND: {
      title: 'Something isn’t working on our side',
      body: 'This is not something you can fix. Please try again later.',
    },
    METHOD_NOT_ALLOWED: {
      title: 'Something isn’t working on our side',
      body: 'This is not something you can fix. Please try again later.',
    },
    INTERNAL_ERROR: {
      title: 'Something went wrong on our side',
      body: 'Try again; we’ve kept your photo.',
    },
    NETWORK: {
      title: 'You seem to be offline',
      body: 'Check your Wi-Fi or mobile data, then try again. We’ve kept your photo.',
    },
    INVALID_RESPONSE: {
      title: 'Something went wrong on our side',
      body: 'Try again. If it keeps happening, please try again later.',
    },
    COMPRESS_FAILED: {
      title: 'We couldn’t use that photo',
      body: 'Take the photo again with the camera, or choose a different photo.',
    },
    // Reading on the device (READ_ON=device|auto)
    DEVICE_READER_UNAVAILABLE: {
      title: 'Your card can’t be read on this phone right now',
      body: 'Try again in a moment. If it still doesn’t work, continue on another device. Your photo is kept.',
    },
    DEVICE_READING_OFF: {
      title: 'Your card can’t be read on this phone',
      body: 'Try again: we’ll read the photo for you instead.',
    },
  },
  review: {
    heading: 'Check your details',
    intro: 'Compare them with your card. If anything is wrong, tap it and correct it.',
    photoHint:
      'The photo is a little unclear. Retaking it in better light may read your card more accurately.',
    unresolved: {
      heading: 'Something doesn’t look right',
      body: 'Correct it above, or retake the photo. If your card really shows this, send your details anyway — we’ll check them.',
    },
    send: 'Send my details',
    retake: 'Retake photo',
  },
  sending: {
    heading: 'Sending your details…',
    body: 'Please keep this page open until it says we have received them.',
  },
  sendFailed: {
    network: {
      title: 'Your details have not been sent',
      body: 'You seem to be offline. Check your Wi-Fi or mobile data, then try again. We’ve kept your details and photo.',
    },
    busy: {
      title: 'We couldn’t take your details just now',
      body: 'We’re busy. Wait {{seconds}} seconds, then try again. We’ve kept your details and photo.',
    },
    link: {
      title: 'This link can no longer send your details',
      body: 'It has expired or has been used already. Ask whoever sent it to you for a new one.',
    },
    ours: {
      title: 'Something went wrong on our side',
      body: 'Your details have not been sent. Try again; we’ve kept your details and photo. If it keeps happening, contact whoever sent you this link.',
    },
    requestId: 'Request ID: {{requestId}}',
    tryAgain: 'Try again',
    back: 'Back to my details',
  },
  noDestination: {
    title: 'This link isn’t set up yet',
    body: 'It cannot send your details anywhere, so please don’t take a photo of your card now. Contact whoever sent you this link.',
  },
  done: {
    heading: 'You’re done — you can close this page',
    received: 'We have received your details.',
    receipt: 'Your receipt number:',
    receiptHint: 'Keep it in case you need to contact us.',
    nextNothing: 'Nothing else is needed from you now.',
    nextStaff: 'We’ll check your details and contact you if we need anything else.',
  },
  discard: {
    title: 'Retake the photo?',
    body: 'The corrections you typed will be lost.',
    confirm: 'Retake photo',
    cancel: 'Keep my corrections',
  },
  // One note per field in the customer's review, and what a record cannot go without (customer-field-notes.ts).
  fieldNotes: {
    missing: {
      idNum: 'We could not read your identity card number — type it as on your card, or retake the photo.',
      name: 'We could not read your name — type it in English or Chinese as on your card, or retake the photo.',
      birthday: 'We could not read your date of birth — type it as on your card, or retake the photo.',
      sex: 'We could not read your sex — choose it as on your card, or retake the photo.',
    },
    empty: 'We could not read this from the photo. If your card shows it, type it as on the card.',
    wrong: 'This does not look right. Check it against your card and correct it, or retake the photo.',
    unsure: 'We are not sure we read this correctly. Check it against your card.',
    card: 'Something about your card needs a closer look. We’ll check it.',
  },
  needs: {
    heading: 'We still need some details',
    body: 'We cannot send your details without these. Type them as on your card, or retake the photo.',
  },
  /** Where the photo goes, when this service's own server reads the card (the local reader). */
  readHere:
    'Your card is read on this service’s own server, not by an outside company. Your photo goes, with your details, only to whoever sent you this link.',
  linkUsed: {
    title: 'This link can’t be used again',
    body: 'For your security, a link works only in the page it first opened, so reloading the page ended it.',
    next: 'If you have already sent your details, nothing more is needed. If not, ask whoever sent you the link for a new one.',
  },
  // The box of what is still needed names each field once; the full note is at the field itself.
  needed: {
    idNum: 'Identity card number',
    name: 'Name, in English or Chinese',
    birthday: 'Date of birth',
    sex: 'Sex',
  },
} as const
