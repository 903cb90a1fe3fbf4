// English strings of the desk → phone hand-off: the desk's waiting screen (for the operator) and the
// phone's screens (for the customer, who is back at the desk afterwards). zh-HK mirrors every key.
export const handoff = {
  desk: {
    heading: 'Continue on a phone',
    intro:
      'Ask the customer to scan this code with their phone’s camera. The phone takes the photo, and the details come back here for you to check.',
    making: 'Making a code…',
    qrAlt: 'QR code that opens the capture on a phone',
    link: 'Or open this link on the phone',
    copy: 'Copy link',
    copied: 'Link copied',
    expiresAt: 'The code works until {{time}}.',
    status: {
      waiting: 'Waiting for the phone to open the code…',
      opened: 'The phone has opened the code. Waiting for its photo…',
      received: 'The phone’s details have arrived.',
    },
    steps: {
      scan: 'The customer scans the code with their phone.',
      photo: 'They take the photo of their card on the phone.',
      review: 'The details open here for you to check.',
    },
    refused:
      'Another phone tried to open this code and was turned away. If the customer’s phone says the code is in use, make a new code.',
    reconnecting: 'Connection lost. Trying again… The phone’s details wait for you until the code expires.',
    expired: {
      title: 'This code has expired',
      body: 'Codes work for a few minutes. Make a new one for the customer.',
    },
    startFailed: {
      title: 'A code could not be made',
      body: 'Check the connection and try again.',
      unauthorized: 'This desk’s link has expired or does not allow phones. Ask for a new desk link.',
    },
    unreadable: {
      title: 'The phone’s details could not be opened',
      body: 'They were damaged on the way. Make a new code and take the photo again.',
    },
    phoneFailed: {
      title: 'The phone could not read the card',
      body: 'Card reading is not available right now. Take the photo here at the desk, or make a new code later.',
    },
    newCode: 'Make a new code',
    cancel: 'Take the photo here instead',
  },
  phone: {
    connecting: 'Connecting to the desk…',
    sending: 'Sending your details to the desk…',
    waitingDesk: 'Sent. Waiting for the desk to receive your details…',
    done: {
      heading: 'You’re done — please return to the desk',
      body: 'The staff at the desk have your details and will check them with you.',
      close: 'You can close this page.',
    },
    expired: {
      title: 'This code has expired',
      body: 'Codes work for a few minutes. Please ask at the desk for a new one.',
    },
    inUse: {
      title: 'This code is already open on another phone',
      body: 'Each code works on one phone only. Please ask at the desk for a new one.',
    },
    closed: {
      title: 'The desk is no longer waiting',
      body: 'The desk closed this code, so your details were not sent. Please return to the desk.',
    },
    lost: {
      title: 'This page has lost its link to the desk',
      body: 'Reloading the page ends the link. Please ask at the desk for a new code.',
    },
    offline: {
      title: 'No connection',
      body: 'Check your Wi-Fi or mobile data, then try again. We’ve kept your photo.',
    },
    unavailable: {
      title: 'Card reading isn’t available right now',
      body: 'This is a problem on our side, not with your photo. Please return to the desk; the staff there can help.',
    },
    tryAgain: 'Try again',
  },
} as const
