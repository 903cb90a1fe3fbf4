// English strings of the customer's introduction and the Personal Information Collection Statement (PDPO,
// DPP1). The business's own words (PICS_* settings) replace the defaults; zh-HK mirrors every key.
export const consent = {
  heading: 'Before you start',
  lead: 'Here is what happens on this page:',
  steps: {
    photo: 'You take a photo of the front of your Hong Kong identity card.',
    check: 'You check the details we read from it, and correct them if needed.',
    send: 'You send them to {{business}}.',
  },
  pics: {
    heading: 'Personal Information Collection Statement',
    collected: {
      heading: 'What is collected',
      text: 'A photo of your identity card and what is on it: your name, identity card number, date of birth, sex, the card’s dates and the photo of your face.',
    },
    purpose: {
      heading: 'Why',
      text: 'To verify your identity for {{business}}, and to keep a record that it did so.',
    },
    transferees: {
      heading: 'Who may receive it',
      text: 'Staff of {{business}}; the service providers it uses to check identity cards; and regulators or law-enforcement agencies when the law requires it.',
      textTencent:
        'Staff of {{business}}; the service providers it uses to check identity cards, including Tencent Cloud, which reads the photo of your card; and regulators or law-enforcement agencies when the law requires it.',
    },
    voluntary: {
      heading: 'Do you have to give it?',
      text: 'No, it is up to you. If you do not, {{business}} cannot verify your identity this way: ask {{contact}} about other ways.',
    },
    access: {
      heading: 'Seeing and correcting your data',
      text: 'Under the Personal Data (Privacy) Ordinance you have the right to ask for a copy of your personal data and to ask for it to be corrected. Ask {{contact}}.',
    },
  },
  defaultBusiness: 'the organisation that sent you this link',
  defaultContact: 'the person who sent you this link',
  agree:
    'I have read the Personal Information Collection Statement and agree to my data being collected and used as it says.',
  continue: 'Continue',
  agreeFirst: 'Tick the box above to continue.',
} as const
