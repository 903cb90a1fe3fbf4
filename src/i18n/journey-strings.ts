// Strings only one journey needs, in every language, added to i18next when that journey starts: the
// customer's own screens (and the collection statement they agree to first), and the desk ↔ phone hand-off.
// Neither is on an operator's first screen, so neither weighs on the first screen's bundle. Importing one twice adds it once.
import { consent as enConsent } from './en/consent.ts'
import { customer as enCustomer } from './en/customer.ts'
import { handoff as enHandoff } from './en/desk-handoff.ts'
import { i18n } from './setup-i18n.ts'
import { consent as zhConsent } from './zh-HK/consent.ts'
import { customer as zhCustomer } from './zh-HK/customer.ts'
import { handoff as zhHandoff } from './zh-HK/desk-handoff.ts'

export const journeyStrings = {
  en: { customer: enCustomer, handoff: enHandoff, consent: enConsent },
  'zh-HK': { customer: zhCustomer, handoff: zhHandoff, consent: zhConsent },
} as const

for (const [language, strings] of Object.entries(journeyStrings))
  i18n.addResourceBundle(language, 'translation', strings, true, true)
