// The collection statement as the customer reads it: the business's own words (PICS_* settings) where given,
// the default wording elsewhere, in the language on screen. Its version is PICS_VERSION, or a hash of exactly
// this text, so a record names the very words that were agreed to (docs/journeys.md says how to recompute it).
import type { ParseKeys, TFunction } from 'i18next'
import type { PicsSettings } from '#src/hkid/pics.ts'
import type { Language } from '#src/i18n/languages.ts'

export interface StatementPart {
  id: 'collected' | 'purpose' | 'transferees' | 'voluntary' | 'access'
  heading: string
  text: string
}

export interface PicsStatement {
  business: string
  heading: string
  parts: StatementPart[]
  /** The sentence the customer ticks to agree */
  agree: string
}

export function picsStatement(settings: PicsSettings, language: Language, t: TFunction): PicsStatement {
  const own = (setting: keyof Pick<PicsSettings, 'businessName' | 'purpose' | 'transferees' | 'contact'>) =>
    settings[setting]?.[language]
  const business = own('businessName') ?? t('consent.defaultBusiness', { lng: language })
  const contact = own('contact') ?? t('consent.defaultContact', { lng: language })
  const text = (key: ParseKeys) => t(key, { lng: language, business, contact })
  const heading = (id: StatementPart['id']) => text(`consent.pics.${id}.heading`)
  return {
    business,
    heading: text('consent.pics.heading'),
    parts: [
      { id: 'collected', heading: heading('collected'), text: text('consent.pics.collected.text') },
      {
        id: 'purpose',
        heading: heading('purpose'),
        text: own('purpose') ?? text('consent.pics.purpose.text'),
      },
      {
        id: 'transferees',
        heading: heading('transferees'),
        text:
          own('transferees') ??
          text(
            settings.cardReader === 'tencent'
              ? 'consent.pics.transferees.textTencent'
              : 'consent.pics.transferees.text',
          ),
      },
      { id: 'voluntary', heading: heading('voluntary'), text: text('consent.pics.voluntary.text') },
      { id: 'access', heading: heading('access'), text: text('consent.pics.access.text') },
    ],
    agree: text('consent.agree'),
  }
}

/** The exact text a version stands for: the statement's heading, each part's heading and text, and the
 * sentence agreed to, one per line. */
export function statementText(statement: PicsStatement): string {
  const lines = [statement.heading, ...statement.parts.flatMap((part) => [part.heading, part.text])]
  return [...lines, statement.agree].join('\n')
}

/** PICS_VERSION when the business numbers its statements, else `sha256-` and 16 hex digits of the text. */
export async function picsVersion(settings: Pick<PicsSettings, 'version'>, text: string): Promise<string> {
  if (settings.version) return settings.version
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
  return `sha256-${hex.slice(0, 16)}`
}
